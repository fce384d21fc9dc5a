#include "icalendarcontent.h"

#include "fieldlimit.h"

#include <QSet>

#include <algorithm>

namespace planner {

namespace {

// A logical line's bytes and, for error messages, where each folded piece came from.
struct Unfolded
{
    QByteArray bytes;
    QList<std::pair<qsizetype, qint64>> pieces; // (offset in bytes, physical line)
    qsizetype bytesWritten = 0; // more than bytes.size() when the line was cut
    qsizetype begin = 0; // where it starts in the file
    qsizetype end = 0; // where the next line starts (blank lines before it included)
};

// Room, beyond the limit of a value, for a line's name and parameters.
constexpr qsizetype nameRoom = 64 * 1024;

// The logical lines of a file, one at a time: a list of them all would hold the
// whole file again. A line longer than `limit` is kept up to it (at a
// character's boundary), its full length in `bytesWritten`.
class Unfolder
{
public:
    Unfolder(const QByteArray &bytes, qsizetype limit)
        : m_bytes(bytes)
        , m_limit(limit)
        , m_at(bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0)
    {
        advance();
    }

    // The next logical line into `out`; false at the end of the file.
    bool next(Unfolded &out)
    {
        if (m_line.isNull())
            return false;
        out.bytes.clear();
        out.pieces = { { 0, m_physical } };
        out.bytesWritten = 0;
        out.begin = m_lineStart;
        append(out, m_line);
        for (advance(); !m_line.isNull() && m_continuation; advance()) {
            out.pieces.append({ out.bytes.size(), m_physical });
            append(out, m_line.sliced(1));
        }
        out.end = m_line.isNull() ? m_bytes.size() : m_lineStart;
        return true;
    }

private:
    void append(Unfolded &out, QByteArrayView piece)
    {
        out.bytesWritten += piece.size();
        const qsizetype room = m_limit - out.bytes.size();
        if (room <= 0)
            return;
        out.bytes.append(piece.first(FieldLimit::prefix(piece.data(), piece.size(), room)));
    }
    // To the next physical line that is not blank, or a continuation.
    void advance()
    {
        m_line = QByteArrayView();
        while (m_at < m_bytes.size()) {
            qsizetype end = m_bytes.indexOf('\n', m_at);
            if (end < 0)
                end = m_bytes.size();
            QByteArrayView line(m_bytes.constData() + m_at, end - m_at);
            if (line.endsWith('\r'))
                line.chop(1);
            ++m_physical;
            m_lineStart = m_at;
            m_at = end + 1;
            m_continuation = line.startsWith(' ') || line.startsWith('\t');
            if (m_continuation || !line.trimmed().isEmpty()) {
                m_line = line.isNull() ? QByteArrayView("", 0) : line;
                return;
            }
        }
    }

    const QByteArray &m_bytes;
    qsizetype m_limit;
    qsizetype m_at;
    qsizetype m_lineStart = 0; // of m_line
    qint64 m_physical = 0;
    QByteArrayView m_line; // null at the end
    bool m_continuation = false;
};

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

// The one copy of each name and short parameter value, which most lines
// repeat (DTSTART, TZID=Europe/Brussels): a string of their own each cost a
// large calendar tens of megabytes.
class Names
{
public:
    QString operator()(const QString &text)
    {
        if (text.size() > 64)
            return text;
        const auto it = m_known.constFind(text);
        if (it != m_known.constEnd())
            return *it;
        m_known.insert(text);
        return text;
    }

private:
    QSet<QString> m_known;
};

// Splits "NAME;P=a;Q="b:c":value" at the first colon outside quotes.
std::optional<ContentLine> split(const QString &text, Names &names)
{
    ContentLine line;
    qsizetype i = 0;
    while (i < text.size() && text.at(i) != u';' && text.at(i) != u':')
        ++i;
    line.name = names(text.left(i).trimmed().toUpper());
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
        line.parameters.insert(names(name), names(value));
    }
    if (i >= text.size() || text.at(i) != u':' || line.name.isEmpty())
        return std::nullopt;
    line.value = text.mid(i + 1);
    return line;
}

// A value longer than `limit` bytes of UTF-8 cut to them, its length as written kept.
void cutValue(ContentLine &line, const Unfolded &unfolded, qsizetype limit)
{
    // A line within the limit holds a value within it.
    if (unfolded.bytes.size() <= limit && unfolded.bytesWritten == unfolded.bytes.size())
        return;
    const QByteArray utf8 = line.value.toUtf8();
    const qsizetype written = utf8.size() + (unfolded.bytesWritten - unfolded.bytes.size());
    if (written <= limit)
        return;
    line.value = QString::fromUtf8(
        utf8.constData(), FieldLimit::prefix(utf8.constData(), utf8.size(), limit));
    line.bytesWritten = written;
}

} // namespace

void ContentParameters::insert(const QString &name, const QString &value)
{
    for (Parameter &parameter : m_parameters) {
        if (parameter.first == name) {
            parameter.second = value;
            return;
        }
    }
    m_parameters.append({ name, value });
}

QString ContentParameters::value(const QString &name) const
{
    for (const Parameter &parameter : m_parameters) {
        if (parameter.first == name)
            return parameter.second;
    }
    return {};
}

bool ContentParameters::contains(const QString &name) const
{
    return std::any_of(m_parameters.cbegin(), m_parameters.cend(),
        [&name](const Parameter &parameter) { return parameter.first == name; });
}

std::optional<QList<ContentLine>> ICalendarContent::parse(
    const QByteArray &bytes, const QString &fileName, ReadError *error, qsizetype fieldLimit)
{
    QList<ContentLine> lines;
    if (!parse(bytes, fileName, error, fieldLimit,
            [&lines](ContentLine &&line) { lines.append(std::move(line)); }))
        return std::nullopt;
    return lines;
}

bool ICalendarContent::parse(const QByteArray &bytes, const QString &fileName, ReadError *error,
    qsizetype fieldLimit, const std::function<void(ContentLine &&)> &take)
{
    Names names;
    Unfolder unfolder(bytes, fieldLimit + nameRoom);
    for (Unfolded unfolded; unfolder.next(unfolded);) {
        const qsizetype invalid = firstInvalidByte(unfolded.bytes);
        if (invalid >= 0) {
            const auto [line, column] = positionOf(unfolded, invalid);
            *error = { fileName, line, column, -1,
                unfolded.bytes.at(invalid) == '\0'
                    ? tr("a NUL byte; an iCalendar file is text")
                    : tr("invalid UTF-8 (byte 0x%1); iCalendar files are UTF-8")
                          .arg(uchar(unfolded.bytes.at(invalid)), 2, 16, QLatin1Char('0')) };
            return false;
        }
        std::optional<ContentLine> line = split(QString::fromUtf8(unfolded.bytes), names);
        if (!line) {
            *error = { fileName, unfolded.pieces.first().second, 1, -1,
                tr("expected a content line, NAME:VALUE or NAME;PARAMETER=VALUE:VALUE") };
            return false;
        }
        line->line = unfolded.pieces.first().second;
        line->offset = unfolded.begin;
        line->end = unfolded.end;
        cutValue(*line, unfolded, fieldLimit);
        take(std::move(*line));
    }
    return true;
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
