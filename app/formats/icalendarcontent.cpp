#include "icalendarcontent.h"

namespace planner {

namespace {

// A logical line's bytes and, for error messages, where each folded piece came from.
struct Unfolded
{
    QByteArray bytes;
    QList<std::pair<qsizetype, qint64>> pieces; // (offset in bytes, physical line)
};

QList<Unfolded> unfold(const QByteArray &bytes)
{
    QList<Unfolded> lines;
    qint64 physical = 0;
    qsizetype at = bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    while (at < bytes.size()) {
        qsizetype end = bytes.indexOf('\n', at);
        if (end < 0)
            end = bytes.size();
        QByteArrayView line(bytes.constData() + at, end - at);
        if (line.endsWith('\r'))
            line.chop(1);
        ++physical;
        at = end + 1;
        const bool continuation = line.startsWith(' ') || line.startsWith('\t');
        if (continuation && !lines.isEmpty()) {
            Unfolded &last = lines.last();
            last.pieces.append({ last.bytes.size(), physical });
            last.bytes.append(line.sliced(1));
        } else if (!line.trimmed().isEmpty()) {
            lines.append({ line.toByteArray(), { { 0, physical } } });
        }
    }
    return lines;
}

// The length of the UTF-8 sequence starting at `i`, or 0 when it is invalid
// (overlong forms and surrogates included).
int sequenceLength(QByteArrayView bytes, qsizetype i)
{
    const uchar b = uchar(bytes.at(i));
    if (b < 0x80)
        return b == 0 ? 0 : 1;
    int length = 0;
    uchar low = 0x80, high = 0xBF;
    if (b >= 0xC2 && b <= 0xDF)
        length = 2;
    else if (b >= 0xE0 && b <= 0xEF)
        length = 3, low = b == 0xE0 ? 0xA0 : 0x80, high = b == 0xED ? 0x9F : 0xBF;
    else if (b >= 0xF0 && b <= 0xF4)
        length = 4, low = b == 0xF0 ? 0x90 : 0x80, high = b == 0xF4 ? 0x8F : 0xBF;
    else
        return 0;
    if (i + length > bytes.size())
        return 0;
    for (int k = 1; k < length; ++k) {
        const uchar c = uchar(bytes.at(i + k));
        if (c < (k == 1 ? low : 0x80) || c > (k == 1 ? high : 0xBF))
            return 0;
    }
    return length;
}

qsizetype firstInvalidByte(QByteArrayView bytes)
{
    for (qsizetype i = 0; i < bytes.size();) {
        const int length = sequenceLength(bytes, i);
        if (length == 0)
            return i;
        i += length;
    }
    return -1;
}

// The physical line and 1-based column of byte `offset` of an unfolded line.
std::pair<qint64, qint64> positionOf(const Unfolded &line, qsizetype offset)
{
    auto piece = line.pieces.cbegin();
    for (auto it = line.pieces.cbegin(); it != line.pieces.cend() && it->first <= offset; ++it)
        piece = it;
    // Continuation lines lose their leading blank in unfolding: count it back.
    const qint64 column = offset - piece->first + (piece == line.pieces.cbegin() ? 1 : 2);
    return { piece->second, column };
}

// Splits "NAME;P=a;Q="b:c":value" at the first colon outside quotes.
std::optional<ContentLine> split(const QString &text)
{
    ContentLine line;
    qsizetype i = 0;
    while (i < text.size() && text.at(i) != u';' && text.at(i) != u':')
        ++i;
    line.name = text.left(i).trimmed().toUpper();
    while (i < text.size() && text.at(i) == u';') {
        const qsizetype nameStart = ++i;
        while (i < text.size() && text.at(i) != u'=' && text.at(i) != u':' && text.at(i) != u';')
            ++i;
        const QString name = text.mid(nameStart, i - nameStart).trimmed().toUpper();
        QString value;
        if (i < text.size() && text.at(i) == u'=') {
            bool quoted = false;
            for (++i; i < text.size(); ++i) {
                const QChar c = text.at(i);
                if (c == u'"')
                    quoted = !quoted;
                else if (!quoted && (c == u';' || c == u':'))
                    break;
                else
                    value += c;
            }
        }
        line.parameters.insert(name, value);
    }
    if (i >= text.size() || text.at(i) != u':' || line.name.isEmpty())
        return std::nullopt;
    line.value = text.mid(i + 1);
    return line;
}

} // namespace

std::optional<QList<ContentLine>> ICalendarContent::parse(
    const QByteArray &bytes, const QString &fileName, ReadError *error)
{
    QList<ContentLine> lines;
    for (const Unfolded &unfolded : unfold(bytes)) {
        const qsizetype invalid = firstInvalidByte(unfolded.bytes);
        if (invalid >= 0) {
            const auto [line, column] = positionOf(unfolded, invalid);
            *error = { fileName, line, column, -1,
                unfolded.bytes.at(invalid) == '\0'
                    ? tr("a NUL byte; an iCalendar file is text")
                    : tr("invalid UTF-8 (byte 0x%1); iCalendar files are UTF-8")
                          .arg(uchar(unfolded.bytes.at(invalid)), 2, 16, QLatin1Char('0')) };
            return std::nullopt;
        }
        std::optional<ContentLine> line = split(QString::fromUtf8(unfolded.bytes));
        if (!line) {
            *error = { fileName, unfolded.pieces.first().second, 1, -1,
                tr("expected a content line, NAME:VALUE or NAME;PARAMETER=VALUE:VALUE") };
            return std::nullopt;
        }
        line->line = unfolded.pieces.first().second;
        lines.append(std::move(*line));
    }
    return lines;
}

QString ICalendarContent::unescapeText(const QString &text)
{
    if (!text.contains(u'\\'))
        return text;
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c != u'\\' || i + 1 == text.size()) {
            out += c;
            continue;
        }
        const QChar next = text.at(++i);
        out += (next == u'n' || next == u'N') ? QChar(u'\n') : next;
    }
    return out;
}

QStringList ICalendarContent::splitTextList(const QString &text)
{
    QStringList items;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        if (i < text.size() && text.at(i) == u'\\') {
            ++i;
            continue;
        }
        if (i == text.size() || text.at(i) == u',') {
            items.append(unescapeText(text.mid(start, i - start)));
            start = i + 1;
        }
    }
    return items;
}

} // namespace planner
