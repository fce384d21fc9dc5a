#include "icalendarreader.h"

#include "htmltext.h"
#include "icalendartimes.h"
#include "programmebuilder.h"
#include "sessionstream.h"
#include "slug.h"

#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <optional>
#include <vector>

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

bool isCancellation(const ContentLine &line)
{
    return line.name == QLatin1String("STATUS")
        && line.value.trimmed().compare(QLatin1String("CANCELLED"), Qt::CaseInsensitive) == 0;
}

// A cancelled event is not on the programme; importing the file marks a session
// the user kept as removed, with the user's data left alone.
bool isCancelled(const QList<ContentLine> &event)
{
    return std::any_of(event.cbegin(), event.cend(), isCancellation);
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

// The CN of each `property` line (ATTENDEE, ORGANIZER), once each.
QStringList namesOf(const QList<ContentLine> &lines, const char *property)
{
    QStringList names;
    for (const ContentLine &line : lines) {
        const QString name = line.parameters.value(QStringLiteral("CN")).simplified();
        if (line.name == QLatin1String(property) && !name.isEmpty() && !names.contains(name))
            names.append(name);
    }
    return names;
}

} // namespace

struct ICalendarReader::Context
{
    // Where an event is in the file: read whole again when it becomes a session, so
    // that until then only the lines placing it in time are held, not its texts.
    struct Span
    {
        qsizetype from = 0;
        qsizetype to = 0;
        qint64 line = 0; // of BEGIN:VEVENT
    };

    QString fileName;
    QByteArrayView bytes;
    QList<ContentLine> calendar; // the VCALENDAR's own properties
    // Each event's lines that place it in time, with its title where it repeats
    // (ICalendarTimes names it in a warning), and whether it is cancelled.
    ICalendarEventLines events;
    Event event; // those of the event being read
    QList<Span> spans; // and its bytes, one for each event
    QList<bool> cancelled; // one for each event
    std::unique_ptr<ICalendarTimes> times;
    std::optional<ProgrammeBuilder> builder;
    std::optional<ReadError> error;
    QHash<QString, int> uidUses; // of events without a RECURRENCE-ID
    QStringList cuts; // warnings of texts cut (FieldLimit)
    // Sorting the lines as they are read (take()):
    ICalendarTimes::Input input; // what libical reads
    QStringList open; // the components entered, innermost last
    qint64 firstLine = 0, lastLine = 0;
    bool ended = false; // a second calendar began: the first one is the programme

    bool fail(qint64 line, const QString &message)
    {
        error = ReadError { fileName, line, 1, -1, message };
        return false;
    }
};

ReadResult ICalendarReader::read(
    const QByteArray &bytes, const QString &fileName, SessionStream *stream) const
{
    Context context;
    context.fileName = fileName;
    context.bytes = bytes;
    context.events = ICalendarEventLines(m_fieldLimit);
    ReadError error;
    // Each line goes to its event as it is read: no list of them all is held.
    if (!ICalendarContent::parse(bytes, fileName, &error, m_fieldLimit,
            [this, &context](ContentLine &&line) { take(std::move(line), context); }))
        return ReadResult::failure(error);
    if (!context.error && context.firstLine == 0)
        context.fail(1, tr("expected BEGIN:VCALENDAR"));
    if (!context.error && !context.ended && !context.open.isEmpty())
        context.fail(context.lastLine,
            tr("expected END:%1 before the end of the file").arg(context.open.last()));
    if (context.error)
        return ReadResult::failure(*context.error);
    // An empty calendar would take every session of the conference away on update.
    if (context.events.isEmpty())
        return ReadResult::failure({ fileName, context.firstLine, 1, -1,
            tr("the calendar lists no sessions: it holds no events (VEVENT); nothing was "
               "imported") });
    context.times = std::make_unique<ICalendarTimes>(fileName, context.events);
    const bool timed = context.times->parse(std::move(context.input));
    if (!timed)
        return ReadResult::failure(*context.times->error());

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
    warnOfCuts(context.calendar, title, context);
    if (!name.isEmpty() && !description.isEmpty() && description != name)
        conference.description = { ProgrammeBuilder::localized(description) };
    const QTimeZone zone = context.times->conferenceZone(textOf(context.calendar, "X-WR-TIMEZONE"));
    context.times->setConferenceZone(zone);
    conference.timeZone = QString::fromUtf8(zone.id());
    context.builder.emplace(conference);
    // Every event's occurrences first, so that the events' time lines are let go
    // before the sessions and their texts are made; in one list, where a list of
    // its own for each event took twice the room (none for a cancelled event).
    QList<ICalendarTimes::Occurrence> occurrences;
    occurrences.reserve(context.events.size());
    QList<qsizetype> firstOccurrence; // of each event, and past the last one's
    firstOccurrence.reserve(context.events.size() + 1);
    for (int i = 0; i < context.events.size(); ++i) {
        firstOccurrence.append(occurrences.size());
        if (context.cancelled.at(i))
            continue;
        std::optional<QList<ICalendarTimes::Occurrence>> own = context.times->occurrences(i);
        if (!own)
            return ReadResult::failure(*context.times->error());
        occurrences.append(std::move(*own));
    }
    firstOccurrence.append(occurrences.size());
    const QStringList warnings = context.times->warnings();
    context.times.reset();
    context.events.clear();
    // IcsWriter's PRODID: an agenda exported from here, to be merged, never stored
    // as a programme (see ExportedAgendaMerge), so read whole.
    const bool ownExport = textOf(context.calendar, "PRODID")
                               .trimmed()
                               .startsWith(QLatin1String("-//Conference Planner//"));
    if (stream && !ownExport)
        context.builder->streamTo(*stream);
    context.builder->reserve(context.spans.size());
    for (int i = 0; i < context.spans.size(); ++i) {
        if (!context.cancelled.at(i))
            readEvent(i, occurrences.cbegin() + firstOccurrence.at(i),
                occurrences.cbegin() + firstOccurrence.at(i + 1), context);
    }
    ReadResult result { context.builder->finish(), std::nullopt, warnings + context.cuts, ownExport,
        false, {} };
    if (stream && !ownExport) {
        result.streamedKeys = context.builder->takeSessionKeys();
        // Every session is as the whole file reads: times and keys were settled
        // before the first was made.
        stream->end(true);
    }
    return result;
}

void ICalendarReader::take(ContentLine &&line, Context &context) const
{
    context.input.add(line); // all of the file, as libical would read it whole
    context.lastLine = line.line;
    // After an error, or past the programme, the rest is only checked for syntax.
    if (context.error || context.ended)
        return;
    const bool begin = line.name == QLatin1String("BEGIN");
    const bool end = line.name == QLatin1String("END");
    const QString component = begin || end ? line.value.trimmed().toUpper() : QString();
    if (context.firstLine == 0) {
        context.firstLine = line.line;
        if (!begin || component != QLatin1String("VCALENDAR")) {
            context.fail(line.line, tr("expected BEGIN:VCALENDAR"));
            return;
        }
    }
    // Only a VEVENT right inside a VCALENDAR is a session; one inside anything
    // else (a stray component after END:VCALENDAR, say) is skipped whole.
    static const QStringList eventPath { QStringLiteral("VCALENDAR"), QStringLiteral("VEVENT") };
    QStringList &open = context.open;
    if (begin) {
        if (open.isEmpty() && !context.events.isEmpty()) {
            context.ended = true; // a second calendar in one file
            return;
        }
        open.append(component);
        if (open == eventPath) {
            context.event.clear();
            context.spans.append({ line.offset, line.end, line.line });
        }
    } else if (end) {
        if (open.isEmpty() || open.last() != component) {
            context.fail(line.line,
                tr("expected END:%1, found END:%2").arg(open.value(open.size() - 1), component));
            return;
        }
        if (open == eventPath) {
            Event &event = context.event;
            if (!find(event, QStringLiteral("RRULE")))
                event.removeIf(
                    [](const ContentLine &l) { return l.name == QLatin1String("SUMMARY"); });
            if (!find(event, QStringLiteral("RECURRENCE-ID")))
                ++context.uidUses[textOf(event, "UID").trimmed()];
            context.cancelled.append(isCancelled(event));
            context.events.append(event, context.bytes);
            context.spans.last().to = line.end;
        }
        open.removeLast();
    } else if (open.size() == 1) {
        context.calendar.append(std::move(line));
    } else if (open == eventPath
        && (ICalendarTimes::Input::placesInTime(line.name) || line.name == QLatin1String("SUMMARY")
            || isCancellation(line))) {
        context.event.append(std::move(line));
    }
}

ICalendarReader::Event ICalendarReader::eventAt(int index, const Context &context) const
{
    const Context::Span &span = context.spans.at(index);
    const QByteArray bytes
        = QByteArray::fromRawData(context.bytes.data() + span.from, span.to - span.from);
    // These bytes were read once already: they cannot fail now.
    ReadError ignored;
    Event event;
    int depth = 0;
    ICalendarContent::parse(bytes, context.fileName, &ignored, m_fieldLimit,
        [&event, &depth, &span](ContentLine &&line) {
            line.line += span.line - 1;
            if (line.name == QLatin1String("BEGIN"))
                ++depth;
            else if (line.name == QLatin1String("END"))
                --depth;
            else if (depth == 1) // the event's own, not its alarms'
                event.append(std::move(line));
        });
    return event;
}

void ICalendarReader::readEvent(int index, Occurrences from, Occurrences to, Context &context) const
{
    const Event event = eventAt(index, context);
    Session s;
    s.title = ProgrammeBuilder::localized(textOf(event, "SUMMARY").simplified());
    warnOfCuts(event, s.title.text(Language::English), context);
    s.room = textOf(event, "LOCATION").simplified();
    // The speaker line is taken before HTML is flattened, while its line break
    // still ends it.
    QString description = textOf(event, "DESCRIPTION");
    const QStringList named = takeSpeakerLine(description);
    s.description = ProgrammeBuilder::localized(HtmlText::toPlainText(description));
    s.speakers = namesOf(event, "ATTENDEE");
    if (s.speakers.isEmpty())
        s.speakers = named;
    if (s.speakers.isEmpty())
        s.speakers = namesOf(event, "ORGANIZER");
    if (QString url = Link::addressOf(textOf(event, "URL").trimmed()); !url.isEmpty())
        s.links.append({ std::move(url), QString() });
    const QStringList categories = ICalendarContent::splitTextList(
        find(event, QStringLiteral("CATEGORIES")) ? find(event, QStringLiteral("CATEGORIES"))->value
                                                  : QString());
    for (Occurrences it = from; it != to; ++it) {
        const ICalendarTimes::Occurrence &occurrence = *it;
        Session session = s;
        session.time = occurrence.time;
        // A repeated occurrence is keyed as the RECURRENCE-ID that would move it.
        const QString key = occurrence.recurrenceId.isEmpty()
            ? sessionKey(event, session, context)
            : textOf(event, "UID").trimmed() + u'@' + occurrence.recurrenceId;
        context.builder->addSession(std::move(session), categories.value(0), { key, {}, {} });
    }
}

void ICalendarReader::warnOfCuts(
    const QList<ContentLine> &lines, const QString &title, Context &context) const
{
    for (const ContentLine &line : lines) {
        if (line.bytesWritten > 0)
            context.cuts.append(FieldLimit::warning(context.fileName, line.line, line.name,
                title.left(80), line.bytesWritten, m_fieldLimit));
    }
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

} // namespace planner
