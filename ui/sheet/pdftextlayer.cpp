// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 OneStreet developers
#include "pdftextlayer.h"

#include <QFile>
#include <QFont>
#include <QGlyphRun>
#include <QMap>
#include <QPaintDevice>
#include <QPaintEngine>
#include <QPainter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QTextLayout>

#include <algorithm>

namespace ui::sheet {

namespace {

// A paint device that draws nothing and hands every text item to the layer, in paint order.
class TextRecorder : public QPaintDevice, private QPaintEngine
{
public:
    TextRecorder(QSize size, PdfTextLayer *layer)
        : QPaintEngine(QPaintEngine::AllFeatures)
        , m_size(size)
        , m_layer(layer)
    {}
    QPaintEngine *paintEngine() const override { return const_cast<TextRecorder *>(this); }

private:
    int metric(PaintDeviceMetric metric) const override
    {
        switch (metric) {
        case PdmWidth:
            return m_size.width();
        case PdmHeight:
            return m_size.height();
        case PdmDpiX:
        case PdmDpiY:
        case PdmPhysicalDpiX:
        case PdmPhysicalDpiY:
            return 96;
        case PdmDepth:
            return 32;
        case PdmNumColors:
            return INT_MAX;
        case PdmDevicePixelRatio:
            return 1;
        case PdmDevicePixelRatioScaled:
            return int(devicePixelRatioFScale());
        default:
            return qRound(m_size.width() * 25.4 / 96);
        }
    }
    bool begin(QPaintDevice *) override { return true; }
    bool end() override { return true; }
    void updateState(const QPaintEngineState &) override {}
    void drawPixmap(const QRectF &, const QPixmap &, const QRectF &) override {}
    void drawImage(const QRectF &, const QImage &, const QRectF &, Qt::ImageConversionFlags) override {}
    void drawPath(const QPainterPath &) override {}
    void drawPolygon(const QPointF *, int, PolygonDrawMode) override {}
    void drawPolygon(const QPoint *, int, PolygonDrawMode) override {}
    void drawLines(const QLineF *, int) override {}
    void drawRects(const QRectF *, int) override {}
    void drawEllipse(const QRectF &) override {}
    void drawTextItem(const QPointF &, const QTextItem &item) override { m_layer->add(item.font(), item.text()); }
    Type type() const override { return QPaintEngine::User; }

    QSize m_size;
    PdfTextLayer *m_layer;
};

// Every BMP code point but the surrogates, in order: what Qt's writer scans to name a glyph.
const QList<QChar> &bmp()
{
    static const QList<QChar> all = [] {
        QList<QChar> chars;
        chars.reserve(0x10000 - 0x800);
        for (uint uc = 0; uc < 0x10000; ++uc)
            if (uc < 0xd800 || uc > 0xdfff)
                chars.append(QChar(char16_t(uc)));
        return chars;
    }();
    return all;
}

QString fontKey(const QRawFont &raw)
{
    return raw.familyName() + QLatin1Char('|') + raw.styleName() + QLatin1Char('|') + QString::number(raw.weight()) +
           QLatin1Char('|') + QString::number(int(raw.style()));
}

QByteArray hex4(uint value)
{
    return QByteArray::number(value, 16).toUpper().rightJustified(4, '0');
}

QByteArray utf16Hex(const QString &text)
{
    QByteArray out;
    for (QChar c : text)
        out += hex4(c.unicode());
    return out;
}

// The entries of a ToUnicode CMap as Qt writes them: bfrange lines "<lo> <hi> <dst>" (consecutive)
// or "<lo> <hi> [<d1> <d2> …]", and bfchar lines "<cid> <dst>". Gives glyph number → text.
std::optional<QMap<uint, QString>> parseMap(const QByteArray &cmap)
{
    QMap<uint, QString> map;
    auto text = [](const QByteArray &hex) {
        QString s;
        for (qsizetype i = 0; i + 4 <= hex.size(); i += 4)
            s += QChar(char16_t(hex.mid(i, 4).toUInt(nullptr, 16)));
        return s;
    };
    static const QRegularExpression token(QStringLiteral("<([0-9A-Fa-f]*)>|\\[|\\]|(begin|end)bf(range|char)"));
    enum { None, Range, Char } block = None;
    QList<QByteArray> pending;
    bool inArray = false;
    uint arrayNext = 0, arrayEnd = 0;
    const QString source = QString::fromLatin1(cmap);
    for (auto it = token.globalMatch(source); it.hasNext();) {
        const auto m = it.next();
        const QString t = m.captured(0);
        if (!m.captured(2).isEmpty()) {
            block = m.captured(2) == u"end" ? None : (m.captured(3) == u"range" ? Range : Char);
            pending.clear();
            continue;
        }
        if (block == None)
            continue;
        if (t == u"[") {
            if (block != Range || pending.size() != 2)
                return std::nullopt;
            inArray = true;
            arrayNext = pending[0].toUInt(nullptr, 16);
            arrayEnd = pending[1].toUInt(nullptr, 16);
            continue;
        }
        if (t == u"]") {
            inArray = false;
            pending.clear();
            continue;
        }
        const QByteArray value = m.captured(1).toLatin1();
        if (inArray) {
            if (arrayNext > arrayEnd)
                return std::nullopt;
            map.insert(arrayNext++, text(value));
            continue;
        }
        pending.append(value);
        if (block == Char && pending.size() == 2) {
            map.insert(pending[0].toUInt(nullptr, 16), text(pending[1]));
            pending.clear();
        } else if (block == Range && pending.size() == 3) {
            const uint lo = pending[0].toUInt(nullptr, 16), hi = pending[1].toUInt(nullptr, 16);
            QString dst = text(pending[2]);
            if (dst.isEmpty() || hi < lo)
                return std::nullopt;
            for (uint cid = lo; cid <= hi; ++cid) {
                map.insert(cid, dst);
                dst.back() = QChar(char16_t(dst.back().unicode() + 1));
            }
            pending.clear();
        }
    }
    return map;
}

struct Patch
{
    qsizetype at;
    qsizetype length;
    QByteArray bytes;
};

} // namespace

PdfTextLayer::FontRecord &PdfTextLayer::record(const QRawFont &raw)
{
    const QString key = fontKey(raw);
    for (FontRecord &f : m_fonts)
        if (fontKey(f.raw) == key)
            return f;
    m_fonts.append(FontRecord{raw, {}, {}, {}});
    return m_fonts.last();
}

void PdfTextLayer::addPainted(QSize size, const std::function<void(QPainter *)> &paint)
{
    TextRecorder device(size, this);
    QPainter painter(&device);
    paint(&painter);
}

void PdfTextLayer::add(const QFont &font, const QString &text)
{
    if (text.isEmpty())
        return;
    // The sheet paints from a few fonts it keeps: their keys are worth keeping too.
    auto key = m_fontKeys.find(&font);
    if (key == m_fontKeys.end() || key->first != font)
        key = m_fontKeys.insert(&font, {font, font.key() + QChar(0x1f)});
    const QString seen = key->second + text;
    if (m_seen.contains(seen))
        return; // its glyphs are recorded already, in the right order
    m_seen.insert(seen);

    QTextLayout layout(text, font);
    QTextOption option;
    option.setWrapMode(QTextOption::NoWrap);
    layout.setTextOption(option);
    layout.beginLayout();
    layout.createLine();
    layout.endLayout();
    // Runs come per font (Qt joins the runs of one font), each in the order the painter hands its
    // glyphs to the writer.
    const QList<QGlyphRun> runs = layout.glyphRuns();
    for (const QGlyphRun &run : runs) {
        FontRecord &f = record(run.rawFont());
        const QList<quint32> glyphs = run.glyphIndexes();
        QSet<quint32> inRun;
        for (quint32 g : glyphs) {
            if (g == 0)
                continue; // .notdef: the writer's glyph 0
            inRun.insert(g);
            if (!f.glyphs.contains(g))
                f.glyphs.append(g);
        }
        // Which character each glyph stands for: the font's own glyph for each character.
        bool unnamed = false;
        for (qsizetype i = 0; i < text.size();) {
            const qsizetype n = text.at(i).isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
            const QString ch = text.mid(i, n);
            const QList<quint32> own = f.raw.glyphIndexesForString(ch);
            if (own.size() == 1 && inRun.contains(own.first()) && !f.drawn.contains(own.first()))
                f.drawn.insert(own.first(), ch);
            i += n;
        }
        for (quint32 g : glyphs)
            unnamed = unnamed || (g != 0 && !f.drawn.contains(g));
        if (!unnamed)
            continue;
        // Glyphs the shaper chose ('locl' digits in a Latin run, an 'fi' ligature): ask the layout,
        // character by character. A ligature's glyph comes back for each of its characters.
        // One glyph on the line is one glyph and one place; the characters of a ligature share both.
        QHash<quint32, QPointF> namedAt; // glyphs named here, and where the naming one stands
        QList<std::pair<quint32, QPointF>> previous;
        for (qsizetype i = 0; i < text.size();) {
            const qsizetype n = text.at(i).isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
            QList<std::pair<quint32, QPointF>> current;
            const QList<QGlyphRun> own = layout.glyphRuns(int(i), int(n));
            for (const QGlyphRun &r : own) {
                if (fontKey(r.rawFont()) != fontKey(f.raw))
                    continue;
                const QList<quint32> ids = r.glyphIndexes();
                const QList<QPointF> at = r.positions();
                for (qsizetype k = 0; k < ids.size() && k < at.size(); ++k) {
                    const quint32 g = ids[k];
                    if (g == 0)
                        continue;
                    current.append({g, at[k]});
                    if (!f.drawn.contains(g)) {
                        f.drawn.insert(g, text.mid(i, n));
                        namedAt.insert(g, at[k]);
                    } else if (namedAt.contains(g) && namedAt.value(g) == at[k] &&
                               previous.contains(std::pair{g, at[k]})) {
                        f.drawn[g] += text.mid(i, n); // the next character of the same ligature
                    }
                }
            }
            previous = current;
            i += n;
        }
    }
}

void PdfTextLayer::computeLowest(const FontRecord &font) const
{
    if (!font.lowest.isEmpty() || font.glyphs.isEmpty())
        return;
    const QList<QChar> &chars = bmp();
    QList<quint32> glyphs(chars.size());
    int count = int(glyphs.size());
    if (!font.raw.glyphIndexesForChars(chars.constData(), int(chars.size()), glyphs.data(), &count))
        return;
    const QSet<quint32> wanted(font.glyphs.cbegin(), font.glyphs.cend());
    for (int i = 0; i < count && font.lowest.size() < wanted.size(); ++i)
        if (wanted.contains(glyphs[i]) && !font.lowest.contains(glyphs[i]))
            font.lowest.insert(glyphs[i], chars[i].unicode());
}

QByteArray PdfTextLayer::rewriteMap(const QByteArray &cmap) const
{
    const auto old = parseMap(cmap);
    if (!old)
        return cmap;
    // The recorded font whose glyph order reproduces every entry Qt wrote.
    const FontRecord *font = nullptr;
    for (const FontRecord &f : m_fonts) {
        computeLowest(f);
        bool agrees = !f.glyphs.isEmpty();
        for (auto it = old->cbegin(); agrees && it != old->cend(); ++it) {
            if (it.key() == 0)
                continue;
            const qsizetype index = qsizetype(it.key()) - 1;
            agrees = index < f.glyphs.size() && it->size() == 1 && f.lowest.value(f.glyphs[index]) == it->front();
        }
        if (agrees) {
            font = &f;
            break;
        }
    }
    if (!font)
        return cmap;

    const qsizetype head = cmap.indexOf("endcodespacerange");
    const qsizetype tail = cmap.indexOf("endcmap");
    if (head < 0 || tail < head)
        return cmap;
    const qsizetype headEnd = cmap.indexOf('\n', head) + 1;
    QList<std::pair<uint, QString>> entries;
    for (qsizetype i = 0; i < font->glyphs.size(); ++i) {
        const uint cid = uint(i + 1);
        const QString text = font->drawn.value(font->glyphs[i], old->value(cid));
        if (!text.isEmpty())
            entries.append({cid, text});
    }
    QByteArray out = cmap.left(headEnd);
    for (qsizetype from = 0; from < entries.size(); from += 100) {
        const qsizetype n = std::min<qsizetype>(100, entries.size() - from);
        out += QByteArray::number(n) + " beginbfchar\n";
        for (qsizetype i = from; i < from + n; ++i)
            out += '<' + hex4(entries[i].first) + "> <" + utf16Hex(entries[i].second) + ">\n";
        out += "endbfchar\n";
    }
    out += cmap.mid(tail);
    return out;
}

QByteArray PdfTextLayer::fixed(const QByteArray &pdf) const
{
    if (m_fonts.isEmpty())
        return pdf;
    // Latin-1 keeps byte offsets: the positions found are positions in the file.
    const QString text = QString::fromLatin1(pdf);
    static const QRegularExpression fontDict(
        QStringLiteral("/Subtype /Type0\\s*/BaseFont /\\S+\\s*/Encoding /Identity-H\\s*/DescendantFonts \\[\\d+ 0 "
                       "R\\]\\s*/ToUnicode (\\d+) 0 R"));
    QList<Patch> patches;
    for (auto it = fontDict.globalMatch(text); it.hasNext();) {
        const QString object = it.next().captured(1);
        const QRegularExpression header(
            QStringLiteral("(?:^|\\n)%1 0 obj\\s*<<\\s*/Length (\\d+)\\s*>>\\s*stream\\r?\\n").arg(object));
        const auto h = header.match(text);
        if (!h.hasMatch())
            continue;
        const qsizetype length = h.captured(1).toLongLong();
        const qsizetype data = h.capturedEnd(0);
        if (data + length > pdf.size() || !text.mid(data + length, 20).contains(QLatin1String("endstream")))
            continue;
        const QByteArray cmap = pdf.mid(data, length);
        const QByteArray map = rewriteMap(cmap);
        if (map == cmap)
            continue;
        patches.append({h.capturedStart(1), h.capturedLength(1), QByteArray::number(map.size())});
        patches.append({data, length, map});
    }
    if (patches.isEmpty())
        return pdf;

    // The cross-reference table gives every object's offset: those after a patch move.
    const qsizetype startxref = pdf.lastIndexOf("startxref");
    if (startxref < 0)
        return pdf;
    static const QRegularExpression number(QStringLiteral("startxref\\s+(\\d+)"));
    const auto x = number.match(text, startxref);
    if (!x.hasMatch())
        return pdf;
    const qsizetype xref = x.captured(1).toLongLong();
    static const QRegularExpression section(QStringLiteral("\\Gxref\\s+(\\d+) (\\d+)\\r?\\n"));
    const auto s = section.match(text, xref);
    if (!s.hasMatch() || s.captured(1).toInt() != 0)
        return pdf;
    const qsizetype entries = s.captured(2).toLongLong();
    const qsizetype first = s.capturedEnd(0);
    if (first + entries * 20 > pdf.size())
        return pdf;
    std::sort(patches.begin(), patches.end(), [](const Patch &a, const Patch &b) { return a.at < b.at; });
    auto moved = [&](qsizetype offset) {
        qsizetype shift = 0;
        for (const Patch &p : std::as_const(patches))
            if (p.at < offset)
                shift += p.bytes.size() - p.length;
        return offset + shift;
    };
    for (qsizetype i = 0; i < entries; ++i) {
        const qsizetype at = first + i * 20;
        if (pdf.at(at + 17) != 'n')
            continue; // a free entry
        const qsizetype offset = pdf.mid(at, 10).toLongLong();
        patches.append({at, 10, QByteArray::number(moved(offset)).rightJustified(10, '0')});
    }
    patches.append({x.capturedStart(1), x.capturedLength(1), QByteArray::number(moved(xref))});
    std::sort(patches.begin(), patches.end(), [](const Patch &a, const Patch &b) { return a.at < b.at; });

    QByteArray out;
    out.reserve(pdf.size() + 4096);
    qsizetype at = 0;
    for (const Patch &p : std::as_const(patches)) {
        out += pdf.mid(at, p.at - at);
        out += p.bytes;
        at = p.at + p.length;
    }
    out += pdf.mid(at);
    return out;
}

core::Status PdfTextLayer::fix(const QString &path) const
{
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly))
        return core::Error::storage(tr("Could not read %1 back to finish its text.").arg(path));
    const QByteArray pdf = in.readAll();
    in.close();
    const QByteArray out = fixed(pdf);
    if (out == pdf)
        return {};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(out) != out.size() || !file.commit())
        return core::Error::storage(tr("Could not write %1; check that the folder exists and is writable.").arg(path));
    return {};
}

} // namespace ui::sheet
