// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>
#include <utility>

namespace core {

// What went wrong, in words a coordinator understands (already translated), and what kind of
// failure it was, so that the command line can pick its exit code and the window its icon.
struct Error
{
    enum class Kind {
        Invalid,  // the user's input breaks a rule; nothing was written
        NotFound, // a record that was asked for is not there
        Storage,  // the file: locked, read-only, corrupt, too new, disk full
    };
    Kind kind = Kind::Invalid;
    QString message;

    static Error invalid(QString text) { return {Kind::Invalid, std::move(text)}; }
    static Error notFound(QString text) { return {Kind::NotFound, std::move(text)}; }
    static Error storage(QString text) { return {Kind::Storage, std::move(text)}; }
};

// A value or an error (std::expected arrives with C++23).
template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    {}
    Result(Error error)
        : m_error(std::move(error))
    {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    // The value; asking an error for one is a programming error, stopped here in every build
    // rather than left to read an empty optional.
    const T &value() const & { return checked(); }
    T &value() & { return const_cast<T &>(checked()); }
    T &&value() && { return std::move(const_cast<T &>(checked())); }
    const T &operator*() const & { return checked(); }
    const T *operator->() const { return &checked(); }
    const Error &error() const { return m_error; }

private:
    const T &checked() const
    {
        if (!m_value) [[unlikely]]
            qFatal("core::Result: value() asked of an error: %s", qUtf8Printable(m_error.message));
        return *m_value;
    }

    std::optional<T> m_value;
    Error m_error;
};

// Success or an error, for actions that return nothing.
class [[nodiscard]] Status
{
public:
    Status() = default;
    Status(Error error)
        : m_failed(true)
        , m_error(std::move(error))
    {}

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }

private:
    bool m_failed = false;
    Error m_error;
};

} // namespace core
