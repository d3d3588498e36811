// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#pragma once

// Word pools for the demo data (演示数据): Beijing districts and sub-districts, Chinese names,
// and the phrases coordinators write. Internal to demo.cpp.

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <random>

namespace core::demo {

// Deterministic random numbers: only the engine's raw output and our own arithmetic, so
// that a seed gives the same file with every standard library.
class Rng
{
public:
    explicit Rng(std::uint64_t seed)
        : m_engine(seed)
    {}
    std::uint64_t next() { return m_engine(); }
    // 0 <= result < n (n > 0).
    int below(int n) { return n <= 1 ? 0 : int(next() % std::uint64_t(n)); }
    // lo <= result <= hi.
    int between(int lo, int hi) { return hi <= lo ? lo : lo + below(hi - lo + 1); }
    double unit() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }
    bool chance(double p) { return unit() < p; }
    template <typename T> const T &pick(const QList<T> &list) { return list.at(below(int(list.size()))); }

private:
    std::mt19937_64 m_engine;
};

struct DemoStreet
{
    int district = 0; // index into districtNames()
    QString name;
};

QStringList districtNames();
// 6-digit administrative code of each district (身份证 area code), same order.
QStringList districtAreaCodes();
// `count` streets: real 街道 names first, spread over the districts so that a few streets
// already cover several districts; then plausible invented names, unique within a district.
QList<DemoStreet> demoStreets(int count);

QString personName(Rng &rng, bool female);
// 18-digit national ID number with a valid ISO 7064 MOD 11-2 check digit.
QString nationalId(const QString &areaCode, QDate birth, bool female, Rng &rng);
QChar idCheckDigit(const QString &first17);

QStringList departmentNames();
QString handoverNote(Rng &rng);
QString activityTitle(Rng &rng, int typeIndex, int targetIndex);
QString activityPlace(Rng &rng);
QString activitySummary(Rng &rng, int participants);
QString reviewComment(Rng &rng, bool approved);
QString workLogNote(Rng &rng, bool administrative);
QString supervisionTopic(Rng &rng);
QString supervisionIssue(Rng &rng);
QString supervisionAdvice(Rng &rng);
QString followUpAction(Rng &rng);
QString meetingTopic(Rng &rng, int kindIndex);
QString evaluationComment(Rng &rng, double total);
QString workSummary(Rng &rng);
QString leaveNote(Rng &rng, int statusIndex);

} // namespace core::demo
