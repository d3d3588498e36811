// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QFont>
#include <QHash>
#include <QList>
#include <QRawFont>
#include <QSet>
#include <QSize>
#include <QString>

#include <functional>

class QPainter;

namespace ui::sheet {

// The text layer of a PDF written by Qt: what a reader copies, searches or extracts (pdftotext).
//
// Qt's PDF writer gives each embedded font a /ToUnicode map that it builds backwards: for every
// glyph it takes the lowest code point the font maps to that glyph. CJK fonts such as Noto CJK
// share one glyph between an ideograph and its Kangxi or supplementary radical (工 U+5DE5 and
// ⼯ U+2F2F, 一 U+4E00 and ⼀ U+2F00, 民 and ⺠), so the archived sheet reads "⼀街⼀社⼯"; the space
// comes out as a tab; and a glyph reached only through a character outside the BMP (names in
// CJK Extension B) has no entry at all and is dropped. (The same bug is known from wkhtmltopdf,
// which uses Qt's writer: wkhtmltopdf/wkhtmltopdf#4414.)
//
// The recorder is told every text run in the order it is painted; it keeps, per font, the glyphs
// in the order the writer numbers them and the characters each glyph was drawn for. fix() then
// rewrites each font's map in the finished file from that record, after checking that the record
// reproduces every entry Qt wrote (a font it cannot account for is left as it was).
//
// Glyphs must be the font's own glyphs for the characters: the sheet's fonts use
// QFont::PreferNoShaping, otherwise OpenType substitutions ('locl' Latin digits, 'liga' fi/fl)
// give glyphs that no character maps to and that the reader cannot name either.
class PdfTextLayer
{
    Q_DECLARE_TR_FUNCTIONS(ui::SheetRenderer)
public:
    // A text run painted with `font` (in paint order).
    void add(const QFont &font, const QString &text);
    // Every text run that `paint` draws (a chart, say, whose texts the caller does not hold), in
    // the order it draws them: `paint` is run once on a device that keeps only the texts, and must
    // then be run again, unchanged, on the PDF.
    void addPainted(QSize size, const std::function<void(QPainter *)> &paint);
    // Rewrites the /ToUnicode maps of the PDF at `path` (written by QPdfWriter or QPrinter) in place.
    core::Status fix(const QString &path) const;
    // The same on the bytes of a PDF; gives the new bytes (unchanged when nothing needed fixing).
    QByteArray fixed(const QByteArray &pdf) const;

private:
    struct FontRecord
    {
        QRawFont raw;
        QList<quint32> glyphs;                   // in order of first use: the writer's glyph numbers 1, 2, ...
        QHash<quint32, QString> drawn;           // glyph → the character(s) it was drawn for
        mutable QHash<quint32, char16_t> lowest; // glyph → the lowest BMP code point mapping to it
    };
    FontRecord &record(const QRawFont &raw);
    void computeLowest(const FontRecord &font) const;
    QByteArray rewriteMap(const QByteArray &cmap) const;

    QList<FontRecord> m_fonts;
    QSet<QString> m_seen; // font key + text already recorded (sheets repeat their labels)
    QHash<const QFont *, std::pair<QFont, QString>> m_fontKeys; // the fonts seen and their keys
};

} // namespace ui::sheet
