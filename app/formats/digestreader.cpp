#include "digestreader.h"

#include "slug.h"

#include <QHash>
#include <QRegularExpression>
#include <QStringDecoder>

#include <algorithm>
#include <optional>
#include <utility>

namespace planner {

namespace {

enum class LabelKind { None, KeyPoints, Topics };

struct Label
{
    LabelKind kind = LabelKind::None;
    QString rest; // what follows the label on the same line
};

struct Heading
{
    int level = 0; // 0 when the line is not a heading
    QString text;
};

Heading parseHeading(const QString &line)
{
    // The space is required, as in Markdown: "#hashtag" is text.
    static const QRegularExpression re(QStringLiteral(R"(^ {0,3}(#{1,6})(?:[ \t]+(.*))?$)"));
    const QRegularExpressionMatch m = re.match(line);
    if (!m.hasMatch())
        return {};
    return { int(m.capturedLength(1)), m.captured(2).trimmed() };
}

// The text of a "*", "-" or "+" bullet at any indentation; empty for a bare marker.
std::optional<QString> bulletText(const QString &line)
{
    static const QRegularExpression re(QStringLiteral(R"(^\s*[*+-](?:[ \t]+(.*))?$)"));
    const QRegularExpressionMatch m = re.match(line);
    if (!m.hasMatch())
        return std::nullopt;
    return m.captured(1).trimmed();
}

bool isThematicBreak(const QString &line)
{
    static const QRegularExpression re(QStringLiteral(R"(^\s*([-*_])(?:\s*\1){2,}\s*$)"));
    return re.match(line).hasMatch();
}

// Recognises "重點摘要：", "**Key Points:**", "Topic: a、b"... A label must be alone
// or followed by a colon, so a heading such as "Topics of the day" stays text.
Label matchLabel(const QString &text, bool requireBold)
{
    static const QRegularExpression re(
        QStringLiteral(R"(^(\*\*)?\s*(重點摘要|重点摘要|key\s*points|highlights|topics?|主題|主题))"
                       R"(\s*(?:\*\*)?\s*(?:[:：]\s*(?:\*\*)?\s*(.*))?$)"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch() || (requireBold && !m.capturedLength(1)))
        return {};
    const QString name = m.captured(2);
    const bool topics
        = name.startsWith(QLatin1String("topic"), Qt::CaseInsensitive) || name.startsWith(u'主');
    return { topics ? LabelKind::Topics : LabelKind::KeyPoints, m.captured(3).trimmed() };
}

QString conferenceKey(const QString &title)
{
    // "開發人員人工智慧大會|NVIDIA GTC 2025": the part after the bar is the name
    // the conference is known by in every language.
    const qsizetype bar = qMax(title.lastIndexOf(u'|'), title.lastIndexOf(u'｜'));
    QString key = slugify(title.mid(bar + 1));
    if (key.isEmpty())
        key = slugify(title);
    return key.isEmpty() ? QStringLiteral("conference") : key;
}

void appendLine(QString &target, const QString &text)
{
    if (!target.isEmpty())
        target += u'\n';
    target += text;
}

bool containsHan(const QString &text)
{
    const QList<uint> codePoints = text.toUcs4();
    return std::any_of(codePoints.cbegin(), codePoints.cend(),
        [](uint c) { return QChar::script(char32_t(c)) == QChar::Script_Han; });
}

// Decoded line by line only once the whole file has failed, to say where.
ReadError utf8Error(const QByteArray &bytes, const QString &fileName)
{
    ReadError error { fileName, 0, 0, -1,
        DigestReader::tr("invalid UTF-8; a digest must be saved as UTF-8 text") };
    const QList<QByteArray> lines = bytes.split('\n');
    for (qsizetype i = 0; i < lines.size() && error.line == 0; ++i) {
        QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
        const QString text = decoder(lines.at(i));
        if (decoder.hasError()) {
            error.line = i + 1;
            error.column = text.indexOf(QChar::ReplacementCharacter) + 1;
        }
    }
    return error;
}

// Walks the lines once, keeping where it is: before the title, in the conference
// header, in a track before its first session, or in a session's section.
class DigestParser
{
public:
    DigestParser(const QString &fileName, bool chinese)
        : m_fileName(fileName)
        , m_chinese(chinese)
    {
    }

    ReadResult parse(const QStringList &lines);

private:
    enum class Stage { BeforeTitle, Header, Track, Session };
    enum class Section { None, Overview, KeyPoints, Topics };

    bool parseLine(const QString &line);
    bool parseTitle(const QString &line);
    bool startTrack(const QString &name);
    bool startSession(const QString &heading);
    bool parseSubheading(const QString &text);
    bool parseBullet(const QString &text);
    bool parseText(const QString &text);
    bool applyLabel(const Label &label);
    void addHeaderText(const QString &text);
    bool readDates(const QString &text);
    void addPoint(const QString &text);
    void addTopics(const QString &text);
    bool fail(const QString &message);

    LocalizedText localized(const QString &text) const
    {
        return m_chinese ? LocalizedText::chinese(text) : LocalizedText::english(text);
    }
    QString &slot(LocalizedText &text) const { return m_chinese ? text.zh : text.en; }
    Session &session() { return m_data.sessions.last(); }

    const QString m_fileName;
    const bool m_chinese; // a digest is in one language; Han anywhere means Chinese
    ConferenceData m_data;
    std::optional<ReadError> m_error;
    Stage m_stage = Stage::BeforeTitle;
    Section m_section = Section::None;
    QString m_trackKey;
    QHash<QString, qint64> m_sessionLines; // session key -> line that introduced it
    qint64 m_line = 0;
    qint64 m_titleLine = 0;
    bool m_dateAllowed = false; // only the first line under the title may be the dates
};

ReadResult DigestParser::parse(const QStringList &lines)
{
    for (const QString &line : lines) {
        ++m_line;
        if (!parseLine(line.trimmed()))
            return ReadResult::failure(*m_error);
    }
    if (m_stage == Stage::BeforeTitle) {
        m_line = 1;
        fail(DigestReader::tr("expected a '# ' conference title"));
    } else if (m_data.sessions.isEmpty()) {
        m_line = m_titleLine;
        fail(DigestReader::tr("expected at least one '## ' session in the conference"));
    }
    if (m_error)
        return ReadResult::failure(*m_error);
    return ReadResult::success(std::move(m_data));
}

bool DigestParser::parseLine(const QString &line)
{
    if (line.isEmpty() || isThematicBreak(line))
        return true;
    if (m_stage == Stage::BeforeTitle)
        return parseTitle(line);
    const Heading heading = parseHeading(line);
    switch (heading.level) {
    case 0:
        if (const std::optional<QString> bullet = bulletText(line))
            return parseBullet(*bullet);
        return parseText(line);
    case 1:
        return startTrack(heading.text);
    case 2:
        return startSession(heading.text);
    case 3:
        return parseSubheading(heading.text);
    default: // "####" and deeper carry text of the section they sit in
        return parseText(heading.text);
    }
}

bool DigestParser::parseTitle(const QString &line)
{
    const Heading heading = parseHeading(line);
    if (heading.level != 1 || heading.text.isEmpty())
        return fail(DigestReader::tr("expected a '# ' conference title"));
    m_data.conference.title = localized(heading.text);
    m_data.conference.key = conferenceKey(heading.text);
    m_titleLine = m_line;
    m_stage = Stage::Header;
    m_dateAllowed = true;
    return true;
}

bool DigestParser::startTrack(const QString &name)
{
    if (name.isEmpty())
        return fail(DigestReader::tr("expected a track name after '# '"));
    QString key = slugify(name);
    if (key.isEmpty())
        key = name;
    // A track heading written twice continues the same track.
    const bool known = std::any_of(m_data.tracks.cbegin(), m_data.tracks.cend(),
        [&key](const Track &track) { return track.key == key; });
    if (!known)
        m_data.tracks.append({ key, localized(name) });
    m_trackKey = key;
    m_stage = Stage::Track;
    m_section = Section::None;
    return true;
}

bool DigestParser::startSession(const QString &heading)
{
    if (m_stage == Stage::Header)
        return fail(
            DigestReader::tr("expected a '# ' track heading before the first '## ' session"));
    static const QRegularExpression codeRe(QStringLiteral(R"(^(.*?)\s*\[([A-Za-z0-9_-]+)\]$)"));
    const QRegularExpressionMatch m = codeRe.match(heading);
    const QString title = m.hasMatch() ? m.captured(1).trimmed() : heading;
    const QString code = m.captured(2);
    if (title.isEmpty())
        return fail(DigestReader::tr("expected a session title after '## '"));
    QString key = code.isEmpty() ? slugify(title) : code;
    if (key.isEmpty())
        key = title;
    if (const auto first = m_sessionLines.constFind(key); first != m_sessionLines.cend())
        return fail(DigestReader::tr("duplicate session key '%1' (first used on line %2)")
                        .arg(key)
                        .arg(*first));
    m_sessionLines.insert(key, m_line);

    Session session;
    session.key = key;
    session.code = code;
    session.trackKey = m_trackKey;
    session.title = localized(title);
    session.time = SessionTime::onDemand();
    m_data.sessions.append(session);
    m_stage = Stage::Session;
    m_section = Section::None;
    return true;
}

bool DigestParser::parseSubheading(const QString &text)
{
    const Label label = matchLabel(text, false);
    if (label.kind != LabelKind::None)
        return applyLabel(label);
    // Any other "### " heading is the overview, even after the key points.
    m_section = Section::Overview;
    return parseText(text);
}

bool DigestParser::parseBullet(const QString &text)
{
    if (text.isEmpty())
        return true;
    const Label label = matchLabel(text, true);
    if (label.kind != LabelKind::None)
        return applyLabel(label);
    if (m_stage != Stage::Session)
        return fail(DigestReader::tr("key point outside any session: expected a '## ' session "
                                     "heading before this bullet"));
    if (m_section == Section::Topics) {
        addTopics(text);
    } else {
        m_section = Section::KeyPoints;
        addPoint(text);
    }
    return true;
}

bool DigestParser::parseText(const QString &text)
{
    if (text.isEmpty() || m_stage == Stage::Track)
        return true; // a track has no text of its own to hold it
    if (m_stage == Stage::Header) {
        addHeaderText(text);
        return true;
    }
    const Label label = matchLabel(text, true);
    if (label.kind != LabelKind::None)
        return applyLabel(label);
    // A plain line among the key points continues the point above it, as in Markdown.
    if (m_section == Section::KeyPoints && !session().keyPoints.isEmpty())
        appendLine(slot(session().keyPoints.last().text), text);
    else if (m_section == Section::Topics)
        addTopics(text);
    else if (m_section == Section::KeyPoints)
        addPoint(text);
    else
        appendLine(slot(session().overview), text);
    return true;
}

bool DigestParser::applyLabel(const Label &label)
{
    const bool topics = label.kind == LabelKind::Topics;
    if (m_stage != Stage::Session) {
        return fail(topics ? DigestReader::tr("topic label outside any session: expected a '## ' "
                                              "session heading before it")
                           : DigestReader::tr("key points label outside any session: expected a "
                                              "'## ' session heading before it"));
    }
    m_section = topics ? Section::Topics : Section::KeyPoints;
    if (label.rest.isEmpty())
        return true;
    if (topics)
        addTopics(label.rest);
    else
        addPoint(label.rest);
    return true;
}

void DigestParser::addHeaderText(const QString &text)
{
    if (std::exchange(m_dateAllowed, false) && readDates(text))
        return;
    // Each line is a paragraph: digests end lines with a Markdown hard break.
    m_data.conference.description.append(localized(text));
}

// "2025年 3 月 17 ─ 3月21 日", "2025-03-17 – 2025-03-21", or a single day. The end
// may leave out the year and month it shares with the start.
bool DigestParser::readDates(const QString &text)
{
    static const QRegularExpression re(QStringLiteral(
        R"(^([0-9]{4})\s*(?:年|[-/.])\s*([0-9]{1,2})\s*(?:月|[-/.])\s*([0-9]{1,2})\s*[日號]?)"
        R"((?:\s*(?:[-–—─~〜]|至|到)\s*(?:([0-9]{4})\s*(?:年|[-/.])\s*)?)"
        R"((?:([0-9]{1,2})\s*(?:月|[-/.])\s*)?([0-9]{1,2})\s*[日號]?)?$)"));
    // NFKC turns full-width digits and "～" into their ASCII forms.
    const QRegularExpressionMatch m = re.match(text.normalized(QString::NormalizationForm_KC));
    if (!m.hasMatch())
        return false;
    const auto number = [&m](int group, int fallback) {
        return m.capturedLength(group) ? m.captured(group).toInt() : fallback;
    };
    const QDate start(number(1, 0), number(2, 0), number(3, 0));
    QDate end(number(4, start.year()), number(5, start.month()), number(6, start.day()));
    // "12月30日 - 1月2日" runs into the next year without saying so.
    if (end < start && !m.capturedLength(4) && m.capturedLength(5))
        end = end.addYears(1);
    if (!start.isValid() || !end.isValid() || end < start)
        return false;
    m_data.conference.startDate = start;
    m_data.conference.endDate = end;
    return true;
}

// "**Lead:** body" and "**Lead**: body" keep the lead apart; anything else is all text.
void DigestParser::addPoint(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral(R"(^\*\*\s*(.+?)\s*(?:[:：]\s*\*\*|\*\*\s*[:：])\s*(.*)$)"));
    const QRegularExpressionMatch m = re.match(text);
    const QString lead = m.hasMatch() ? m.captured(1) : QString();
    const QString body = m.hasMatch() ? m.captured(2).trimmed() : text;
    session().keyPoints.append({ localized(lead), localized(body) });
}

void DigestParser::addTopics(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[、，,;；]"));
    for (const QString &part : text.split(separators)) {
        if (const QString topic = part.trimmed(); !topic.isEmpty())
            session().topics.append(localized(topic));
    }
}

bool DigestParser::fail(const QString &message)
{
    m_error = ReadError { m_fileName, m_line, 0, -1, message };
    return false;
}

} // namespace

ReadResult DigestReader::read(const QByteArray &bytes, const QString &fileName) const
{
    // Stateless, so a sequence cut short at the end of the file counts as an error.
    QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    const QString text = decoder(bytes);
    if (decoder.hasError())
        return ReadResult::failure(utf8Error(bytes, fileName));
    // Valid UTF-8, but never text: it would be stored and cut strings short later.
    const qsizetype nul = text.indexOf(QChar(u'\0'));
    if (nul >= 0)
        return ReadResult::failure(
            { fileName, text.left(nul).count(u'\n') + 1, nul - text.lastIndexOf(u'\n', nul), -1,
                tr("a NUL byte; a digest must be saved as UTF-8 text") });
    DigestParser parser(fileName, containsHan(text));
    return parser.parse(text.split(u'\n'));
}

} // namespace planner
