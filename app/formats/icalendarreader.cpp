#include "icalendarreader.h"

#include "htmltext.h"
#include "programmebuilder.h"
#include "slug.h"

#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

namespace planner {

namespace {

const ContentLine *find(const QList<ContentLine> &lines, const QString &name)
{
    for (const ContentLine &line : lines) {
        if (line.name == name)
            return &line;
    }
    return nullptr;
}

QString textOf(const QList<ContentLine> &lines, const char *name)
{
    const ContentLine *line = find(lines, QLatin1String(name));
    return line ? ICalendarContent::unescapeText(line->value) : QString();
}

// A TZID names a zone by IANA id (perhaps with the "/" of a globally unique
// id) or, from Outlook, by Windows name.
QTimeZone zoneNamed(const QString &tzid)
{
    QString id = tzid.trimmed();
    if (id.startsWith(u'/'))
        id.remove(0, 1);
    const QTimeZone zone = ProgrammeBuilder::timeZone(id);
    if (zone.isValid() || id.isEmpty())
        return zone;
    return ProgrammeBuilder::timeZone(
        QString::fromUtf8(QTimeZone::windowsIdToDefaultIanaId(id.toUtf8())));
}

// RFC 5545 DURATION: [+-]P[nW] or [+-]P[nD][T[nH][nM][nS]]; nullopt when unreadable.
std::optional<qint64> durationSeconds(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral(
        "^([+-]?)P(?:(\\d+)W)?(?:(\\d+)D)?(?:T(?:(\\d+)H)?(?:(\\d+)M)?(?:(\\d+)S)?)?$"));
    const QRegularExpressionMatch m = pattern.match(text.trimmed());
    if (!m.hasMatch() || text.trimmed().endsWith(u'T') || text.trimmed().endsWith(u'P'))
        return std::nullopt;
    const qint64 seconds = m.captured(2).toLongLong() * 7 * 86400
        + m.captured(3).toLongLong() * 86400 + m.captured(4).toLongLong() * 3600
        + m.captured(5).toLongLong() * 60 + m.captured(6).toLongLong();
    return m.captured(1) == QLatin1String("-") ? -seconds : seconds;
}

// "Speaker: Ada Lovelace\n..." or "Speakers: A, B and C\n...": the names, and
// the description without that line. Only the first line is read, so prose
// mentioning speakers is left alone.
QStringList takeSpeakerLine(QString &description)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*Speakers?:[ \\t]*([^\\n<]+)\\n?"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = pattern.match(description);
    if (!m.hasMatch())
        return {};
    static const QRegularExpression separator(QStringLiteral("\\s*(?:,|;|\\band\\b|&)\\s*"));
    QStringList names = m.captured(1).split(separator, Qt::SkipEmptyParts);
    for (QString &name : names)
        name = name.simplified();
    description.remove(0, m.capturedLength());
    return names;
}

} // namespace

struct ICalendarReader::Context
{
    QString fileName;
    QList<ContentLine> calendar; // the VCALENDAR's own properties
    QList<Event> events;
    QTimeZone zone; // for floating times; invalid means UTC
    std::optional<ProgrammeBuilder> builder;
    std::optional<ReadError> error;
    QHash<QString, int> uidUses; // of events without a RECURRENCE-ID

    bool fail(qint64 line, const QString &message)
    {
        error = ReadError { fileName, line, 1, -1, message };
        return false;
    }
};

ReadResult ICalendarReader::read(const QByteArray &bytes, const QString &fileName) const
{
    Context context;
    context.fileName = fileName;
    ReadError error;
    const std::optional<QList<ContentLine>> lines
        = ICalendarContent::parse(bytes, fileName, &error);
    if (!lines)
        return ReadResult::failure(error);
    if (!readComponents(*lines, context))
        return ReadResult::failure(*context.error);

    Conference conference;
    const QString name = textOf(context.calendar, "X-WR-CALNAME").simplified();
    const QString description = textOf(context.calendar, "X-WR-CALDESC").simplified();
    const QString named = name.isEmpty() ? description : name;
    // The key as it always was, so that an update finds the conference again.
    conference.key = ProgrammeBuilder::conferenceKey({}, named);
    if (conference.key.isEmpty())
        conference.key = slugify(QFileInfo(fileName).completeBaseName());
    // A calendar without a name is called after its file, as a person would call it.
    QString title = named;
    if (title.isEmpty())
        title = QFileInfo(fileName)
                    .completeBaseName()
                    .replace(u'_', u' ')
                    .replace(u'-', u' ')
                    .simplified();
    if (title.isEmpty())
        title = tr("Calendar");
    conference.title = ProgrammeBuilder::localized(title);
    if (!name.isEmpty() && !description.isEmpty() && description != name)
        conference.description = { ProgrammeBuilder::localized(description) };
    context.zone = calendarZone(context);
    conference.timeZone = context.zone.isValid() ? QString::fromUtf8(context.zone.id()) : QString();
    context.builder.emplace(conference);
    for (const Event &event : std::as_const(context.events)) {
        if (!find(event, QStringLiteral("RECURRENCE-ID")))
            ++context.uidUses[textOf(event, "UID").trimmed()];
    }
    for (const Event &event : std::as_const(context.events)) {
        if (!readEvent(event, context))
            return ReadResult::failure(*context.error);
    }
    return ReadResult::success(context.builder->finish());
}

bool ICalendarReader::readComponents(const QList<ContentLine> &lines, Context &context) const
{
    if (lines.isEmpty() || lines.first().name != QLatin1String("BEGIN")
        || lines.first().value.trimmed().compare(QLatin1String("VCALENDAR"), Qt::CaseInsensitive))
        return context.fail(
            lines.isEmpty() ? 1 : lines.first().line, tr("expected BEGIN:VCALENDAR"));
    // Only a VEVENT right inside a VCALENDAR is a session; one inside anything
    // else (a stray component after END:VCALENDAR, say) is skipped whole.
    const QStringList eventPath { QStringLiteral("VCALENDAR"), QStringLiteral("VEVENT") };
    QStringList open; // the components entered, innermost last
    for (const ContentLine &line : lines) {
        const QString component = line.value.trimmed().toUpper();
        if (line.name == QLatin1String("BEGIN")) {
            if (open.isEmpty() && !context.events.isEmpty())
                break; // a second calendar in one file: the first one is the programme
            open.append(component);
            if (open == eventPath)
                context.events.append(Event());
        } else if (line.name == QLatin1String("END")) {
            if (open.isEmpty() || open.last() != component)
                return context.fail(line.line,
                    tr("expected END:%1, found END:%2")
                        .arg(open.value(open.size() - 1), component));
            open.removeLast();
        } else if (open.size() == 1) {
            context.calendar.append(line);
        } else if (open == eventPath) {
            context.events.last().append(line);
        }
    }
    if (!open.isEmpty())
        return context.fail(
            lines.last().line, tr("expected END:%1 before the end of the file").arg(open.last()));
    return true;
}

// The conference's zone: the calendar's X-WR-TIMEZONE, else the zone most
// events name in their TZIDs; none when every time is UTC or floating.
QTimeZone ICalendarReader::calendarZone(Context &context) const
{
    const QTimeZone named = zoneNamed(textOf(context.calendar, "X-WR-TIMEZONE"));
    if (named.isValid())
        return named;
    QHash<QString, int> counts;
    for (const Event &event : std::as_const(context.events)) {
        const ContentLine *start = find(event, QStringLiteral("DTSTART"));
        if (start && start->parameters.contains(QStringLiteral("TZID")))
            ++counts[start->parameters.value(QStringLiteral("TZID"))];
    }
    QString best;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (best.isEmpty() || it.value() > counts.value(best))
            best = it.key();
    }
    return zoneNamed(best);
}

bool ICalendarReader::readEvent(const Event &event, Context &context) const
{
    // A cancelled event is not on the programme; importing the file marks a
    // session the user kept as removed, with the user's data left alone.
    if (textOf(event, "STATUS").trimmed().compare(QLatin1String("CANCELLED"), Qt::CaseInsensitive)
        == 0)
        return true;
    Session s;
    s.title = ProgrammeBuilder::localized(textOf(event, "SUMMARY").simplified());
    s.room = textOf(event, "LOCATION").simplified();
    // The speaker line is taken before HTML is flattened, while its line break
    // still ends it.
    QString description = textOf(event, "DESCRIPTION");
    const QStringList named = takeSpeakerLine(description);
    s.description = ProgrammeBuilder::localized(HtmlText::toPlainText(description));
    for (const ContentLine &line : event) {
        const QString name = line.parameters.value(QStringLiteral("CN")).simplified();
        if (line.name == QLatin1String("ATTENDEE") && !name.isEmpty() && !s.speakers.contains(name))
            s.speakers.append(name);
    }
    if (s.speakers.isEmpty())
        s.speakers = named;
    if (QString url = Link::addressOf(textOf(event, "URL").trimmed()); !url.isEmpty())
        s.links.append({ std::move(url), QString() });
    if (!readTime(event, s, context))
        return false;
    const QStringList categories = ICalendarContent::splitTextList(
        find(event, QStringLiteral("CATEGORIES")) ? find(event, QStringLiteral("CATEGORIES"))->value
                                                  : QString());
    const QString key = sessionKey(event, s, context);
    context.builder->addSession(std::move(s), categories.value(0), { key, {}, {} });
    return true;
}

QString ICalendarReader::sessionKey(const Event &event, const Session &session, Context &context)
{
    // A UID names one event, with RECURRENCE-ID one occurrence of it. Files that give
    // many events one UID get, for each, what does not move when other events are
    // added, removed or retitled: its start and its room. Only events that share
    // all of these are told apart by their order (ProgrammeBuilder's "-2", "-3").
    const QString uid = textOf(event, "UID").trimmed();
    if (uid.isEmpty())
        return uid; // ProgrammeBuilder derives one from the day, start and title
    if (const ContentLine *recurrence = find(event, QStringLiteral("RECURRENCE-ID")))
        return uid + u'@' + recurrence->value.trimmed();
    if (context.uidUses.value(uid) < 2)
        return uid;
    const QString start = session.time.start.isValid()
        ? session.time.start.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"))
        : session.time.date.toString(QStringLiteral("yyyyMMdd"));
    const QString room = slugify(session.room);
    return uid + u'/' + start + (room.isEmpty() ? QString() : u'/' + room);
}

bool ICalendarReader::readTime(const Event &event, Session &session, Context &context) const
{
    const ContentLine *startLine = find(event, QStringLiteral("DTSTART"));
    if (!startLine)
        return true; // on demand
    const std::optional<QDateTime> start = dateTime(*startLine, context);
    if (!start)
        return false;
    if (start->isNull()) { // a DATE: the day is known, the time is not
        session.time = SessionTime::onDay(
            QDate::fromString(startLine->value.trimmed(), QStringLiteral("yyyyMMdd")));
        return true;
    }
    QDateTime end;
    if (const ContentLine *endLine = find(event, QStringLiteral("DTEND"))) {
        const std::optional<QDateTime> value = dateTime(*endLine, context);
        if (!value)
            return false;
        end = *value;
    } else if (const ContentLine *durationLine = find(event, QStringLiteral("DURATION"))) {
        const std::optional<qint64> seconds = durationSeconds(durationLine->value);
        if (!seconds)
            return context.fail(durationLine->line,
                tr("expected a DURATION such as PT45M or P1DT2H, found \"%1\"")
                    .arg(durationLine->value));
        end = start->addSecs(*seconds);
    }
    if (end.isValid() && end < *start)
        return context.fail(startLine->line, tr("the event ends before it starts"));
    const QTimeZone dayZone = context.zone.isValid() ? context.zone : start->timeZone();
    session.time = SessionTime::timed(*start, end, start->toTimeZone(dayZone).date());
    return true;
}

// A DATE-TIME as an instant; a DATE as a null QDateTime; nullopt (with the
// error set) when unreadable.
std::optional<QDateTime> ICalendarReader::dateTime(const ContentLine &line, Context &context) const
{
    const QString value = line.value.trimmed();
    const bool isDate = line.parameters.value(QStringLiteral("VALUE"))
                            .compare(QLatin1String("DATE"), Qt::CaseInsensitive)
            == 0
        || (value.size() == 8 && !value.contains(u'T'));
    if (isDate) {
        if (QDate::fromString(value, QStringLiteral("yyyyMMdd")).isValid())
            return QDateTime();
        context.fail(
            line.line, tr("expected a %1 DATE (YYYYMMDD), found \"%2\"").arg(line.name, value));
        return std::nullopt;
    }
    const bool utc = value.endsWith(u'Z') || value.endsWith(u'z');
    const QDateTime local = QDateTime::fromString(
        utc ? value.chopped(1) : value, QStringLiteral("yyyyMMdd'T'HHmmss"));
    if (!local.isValid()) {
        context.fail(line.line,
            tr("expected a %1 date and time (YYYYMMDDTHHMMSS, Z for UTC), found \"%2\"")
                .arg(line.name, value));
        return std::nullopt;
    }
    QTimeZone zone = utc         ? QTimeZone::utc()
        : context.zone.isValid() ? context.zone
                                 : QTimeZone::utc();
    const QString tzid = line.parameters.value(QStringLiteral("TZID"));
    if (!utc && !tzid.isEmpty()) {
        zone = zoneNamed(tzid);
        if (!zone.isValid()) {
            context.fail(line.line, tr("unknown time zone \"%1\" in TZID").arg(tzid));
            return std::nullopt;
        }
    }
    return QDateTime(local.date(), local.time(), zone);
}

} // namespace planner
