#include "pdftextlayer.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QRegularExpression>
#include <QSet>

#include <optional>

#include <algorithm>

namespace planner {

namespace {

// An object of the file: where it starts and ends in the bytes.
struct ObjectSpan
{
    int number;
    qsizetype from;
    qsizetype to;
};

// The objects a classic cross-reference table lists, in the order they are in the
// file; empty when the file has no such table (Qt writes one, uncompressed).
QList<ObjectSpan> objectSpans(const QByteArray &pdf, qsizetype &xrefAt)
{
    const qsizetype start = pdf.lastIndexOf("startxref");
    if (start < 0)
        return {};
    xrefAt = pdf.mid(start + 9, 24).trimmed().split('\n').value(0).trimmed().toLongLong();
    if (xrefAt <= 0 || xrefAt >= start || !pdf.mid(xrefAt).startsWith("xref"))
        return {};
    static const QRegularExpression header(QStringLiteral("^xref\\s+(\\d+)\\s+(\\d+)\\s"));
    const QRegularExpressionMatch m = header.match(QString::fromLatin1(pdf.mid(xrefAt, 40)));
    if (!m.hasMatch())
        return {};
    const int first = m.captured(1).toInt();
    const int count = m.captured(2).toInt();
    static const QRegularExpression entry(QStringLiteral("(\\d{10}) (\\d{5}) ([nf])"));
    auto it = entry.globalMatch(QString::fromLatin1(pdf.mid(xrefAt + m.capturedLength())));
    QList<ObjectSpan> spans;
    for (int i = 0; i < count && it.hasNext(); ++i) {
        const QRegularExpressionMatch e = it.next();
        if (e.captured(3) == QLatin1String("n"))
            spans.append({ first + i, e.captured(1).toLongLong(), 0 });
    }
    std::sort(spans.begin(), spans.end(),
        [](const ObjectSpan &a, const ObjectSpan &b) { return a.from < b.from; });
    for (qsizetype i = 0; i < spans.size(); ++i)
        spans[i].to = i + 1 < spans.size() ? spans.at(i + 1).from : xrefAt;
    return spans;
}

// The unescaped hex strings of a CMap line ("<0012> <4EBA>").
QList<QByteArray> hexStrings(const QByteArray &line)
{
    QList<QByteArray> found;
    qsizetype at = 0;
    while ((at = line.indexOf('<', at)) >= 0) {
        const qsizetype end = line.indexOf('>', at);
        if (end < 0)
            break;
        found.append(QByteArray::fromHex(line.mid(at + 1, end - at - 1)));
        at = end + 1;
    }
    return found;
}

QString fromUtf16Be(const QByteArray &bytes)
{
    QString text;
    for (qsizetype i = 0; i + 1 < bytes.size(); i += 2)
        text += QChar(char16_t((uchar(bytes.at(i)) << 8) | uchar(bytes.at(i + 1))));
    return text;
}

QByteArray toUtf16BeHex(const QString &text)
{
    QByteArray bytes;
    for (const QChar c : text) {
        bytes += char(c.unicode() >> 8);
        bytes += char(c.unicode() & 0xFF);
    }
    return bytes.toHex().toUpper();
}

// A ToUnicode CMap as the map from each code to its text.
QMap<uint, QString> parseCMap(const QByteArray &cmap)
{
    QMap<uint, QString> map;
    enum { None, Chars, Ranges } section = None;
    for (const QByteArray &raw : cmap.split('\n')) {
        const QByteArray line = raw.trimmed();
        if (line.endsWith("beginbfchar"))
            section = Chars;
        else if (line.endsWith("beginbfrange"))
            section = Ranges;
        else if (line.startsWith("endbf"))
            section = None;
        if (section == None || line.startsWith("end") || !line.startsWith('<'))
            continue;
        const QList<QByteArray> parts = hexStrings(line);
        const auto code = [](const QByteArray &b) { return b.toHex().toUInt(nullptr, 16); };
        if (section == Chars && parts.size() == 2) {
            map.insert(code(parts.at(0)), fromUtf16Be(parts.at(1)));
        } else if (section == Ranges && parts.size() >= 3) {
            const uint from = code(parts.at(0));
            const uint to = code(parts.at(1));
            const bool array = line.contains('[');
            for (uint c = from; c <= to && c - from < 0x10000; ++c) {
                const qsizetype index = array ? 2 + (c - from) : 2;
                if (index >= parts.size())
                    break;
                QString text = fromUtf16Be(parts.at(index));
                if (!array && !text.isEmpty())
                    text.back() = QChar(char16_t(text.back().unicode() + (c - from)));
                map.insert(c, text);
            }
        }
    }
    return map;
}

QByteArray writeCMap(const QMap<uint, QString> &map)
{
    QByteArray out = "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
                     "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                     "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
                     "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n";
    const QList<uint> codes = map.keys();
    // At most 100 entries a block, as the CMap format allows.
    for (qsizetype at = 0; at < codes.size(); at += 100) {
        const qsizetype count = std::min<qsizetype>(100, codes.size() - at);
        out += QByteArray::number(count) + " beginbfchar\n";
        for (qsizetype i = at; i < at + count; ++i) {
            const QByteArray code = QByteArray::number(codes.at(i), 16).rightJustified(4, '0');
            out += '<' + code.toUpper() + "> <" + toUtf16BeHex(map.value(codes.at(i))) + ">\n";
        }
        out += "endbfchar\n";
    }
    return out + "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
}

// The text's characters as one font draws them.
struct FontText
{
    QHash<quint32, char32_t> byGlyph; // a glyph, and the character the text uses it for
    QList<char32_t> beyondBmp; // characters above U+FFFF it draws, in order of first use
};

quint32 glyphOf(const QRawFont &font, char32_t c)
{
    const QList<quint32> glyphs = font.glyphIndexesForString(QString::fromUcs4(&c, 1));
    return glyphs.isEmpty() ? 0 : glyphs.first();
}

// Which family of `fonts` draws each character of `ordered` (the first that has
// it, as Qt's fallback picks), and with which glyph in each of its faces.
QList<FontText> fontTexts(const QList<char32_t> &ordered, const QList<QRawFont> &fonts)
{
    QList<FontText> texts(fonts.size());
    for (const char32_t c : ordered) {
        const auto first = std::find_if(fonts.cbegin(), fonts.cend(),
            [c](const QRawFont &font) { return font.supportsCharacter(c); });
        if (first == fonts.cend())
            continue;
        for (qsizetype f = 0; f < fonts.size(); ++f) {
            if (fonts.at(f).familyName() != first->familyName())
                continue;
            if (const quint32 glyph = glyphOf(fonts.at(f), c); glyph != 0) {
                texts[f].byGlyph.insert(glyph, c);
                if (c > 0xFFFF)
                    texts[f].beyondBmp.append(c);
            }
        }
    }
    return texts;
}

// The map corrected for the text one font drew: a code the text never uses
// becomes what the text draws with its glyph. Whether anything changed.
bool correct(QMap<uint, QString> &map, const QRawFont &font, const FontText &drawn,
    const QSet<char32_t> &used)
{
    bool changed = false;
    for (auto it = map.begin(); it != map.end(); ++it) {
        const QList<uint> ucs4 = it.value().toUcs4();
        if (ucs4.size() != 1 || ucs4.first() == 0 || used.contains(ucs4.first()))
            continue;
        const char32_t meant = drawn.byGlyph.value(glyphOf(font, ucs4.first()), 0);
        if (meant != 0) {
            it.value() = QString::fromUcs4(&meant, 1);
            changed = true;
            continue;
        }
        // A ligature's glyph (ﬁ for "fi") stands for the characters it joins.
        const QString joined = it.value().normalized(QString::NormalizationForm_KC);
        const QList<uint> parts = joined.toUcs4();
        if (parts.size() > 1
            && std::all_of(parts.cbegin(), parts.cend(),
                [&used](uint c) { return used.contains(c); })) {
            it.value() = joined;
            changed = true;
        }
    }
    // Glyphs with no character, numbered after glyph 0 in the order first drawn.
    uint code = 1;
    for (const char32_t c : drawn.beyondBmp) {
        while (map.contains(code) && !map.value(code).isEmpty() && map.value(code) != QChar(0))
            ++code;
        map.insert(code++, QString::fromUcs4(&c, 1));
        changed = true;
    }
    return changed;
}

// The font of `fonts` that a PDF font name ("ABCDEF+NotoSansCJKtc-Bold") names: its
// family, in its style when `fonts` has that style.
qsizetype fontNamed(const QByteArray &baseFont, const QList<QRawFont> &fonts)
{
    const QString name = QString::fromLatin1(baseFont.mid(baseFont.indexOf('+') + 1)).toLower();
    const QString family = name.section(u'-', 0, 0);
    const QString style = name.section(u'-', 1);
    qsizetype found = -1;
    for (qsizetype f = 0; f < fonts.size(); ++f) {
        if (QString(fonts.at(f).familyName()).remove(u' ').toLower() != family)
            continue;
        if (found < 0)
            found = f;
        if (!style.isEmpty() && QString(fonts.at(f).styleName()).remove(u' ').toLower() == style)
            return f;
    }
    return found;
}

// The stream of an object, when it is a plain one Qt writes: "<< /Length n >> stream".
std::optional<QByteArray> streamOf(const QByteArray &object)
{
    static const QRegularExpression length(QStringLiteral("/Length (\\d+)"));
    const qsizetype streamAt = object.indexOf("stream\n");
    if (streamAt < 0 || object.left(streamAt).contains("/Filter"))
        return std::nullopt;
    const QRegularExpressionMatch m = length.match(QString::fromLatin1(object.left(streamAt)));
    if (!m.hasMatch())
        return std::nullopt;
    return object.mid(streamAt + 7, m.captured(1).toLongLong());
}

} // namespace

QByteArray PdfTextLayer::withTextOf(
    const QByteArray &pdf, const QString &text, const QList<QRawFont> &fonts)
{
    qsizetype xrefAt = 0;
    const QList<ObjectSpan> spans = objectSpans(pdf, xrefAt);
    if (spans.isEmpty())
        return pdf;
    // Each ToUnicode map, and the font it belongs to.
    QHash<int, qsizetype> maps;
    static const QRegularExpression font(
        QStringLiteral("/BaseFont /(\\S+)\\s[^>]*/ToUnicode (\\d+) 0 R"));
    for (auto it = font.globalMatch(QString::fromLatin1(pdf.left(xrefAt))); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        maps.insert(m.captured(2).toInt(), fontNamed(m.captured(1).toLatin1(), fonts));
    }
    QSet<char32_t> used;
    QList<char32_t> ordered;
    for (const char32_t c : text.toUcs4()) {
        if (!used.contains(c) && c > u' ')
            ordered.append(c);
        used.insert(c);
    }
    const QList<FontText> drawn = fontTexts(ordered, fonts);

    QByteArray out = pdf.left(spans.first().from);
    QMap<int, qsizetype> offsets;
    bool changed = false;
    for (const ObjectSpan &span : spans) {
        QByteArray object = pdf.mid(span.from, span.to - span.from);
        const qsizetype f = maps.value(span.number, -1);
        if (f >= 0) {
            if (const std::optional<QByteArray> cmap = streamOf(object)) {
                QMap<uint, QString> map = parseCMap(*cmap);
                if (correct(map, fonts.at(f), drawn.at(f), used)) {
                    const QByteArray written = writeCMap(map);
                    object = QByteArray::number(span.number) + " 0 obj\n<<\n/Length "
                        + QByteArray::number(written.size()) + "\n>>\nstream\n" + written
                        + "\nendstream\nendobj\n";
                    changed = true;
                }
            }
        }
        offsets.insert(span.number, out.size());
        out += object;
    }
    if (!changed)
        return pdf;
    // A new cross-reference table for the moved objects, then the old trailer.
    const qsizetype trailer = pdf.indexOf("trailer", xrefAt);
    const qsizetype startxref = pdf.lastIndexOf("startxref");
    if (trailer < 0 || startxref < trailer)
        return pdf;
    const int size = offsets.lastKey() + 1;
    const qsizetype newXref = out.size();
    out += "xref\n0 " + QByteArray::number(size) + "\n0000000000 65535 f \n";
    for (int number = 1; number < size; ++number) {
        out += offsets.contains(number)
            ? QByteArray::number(offsets.value(number)).rightJustified(10, '0') + " 00000 n \n"
            : QByteArray("0000000000 65535 f \n");
    }
    out += pdf.mid(trailer, startxref - trailer);
    out += "startxref\n" + QByteArray::number(newXref) + "\n%%EOF\n";
    return out;
}

} // namespace planner
