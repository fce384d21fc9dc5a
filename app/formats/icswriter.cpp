#include "icswriter.h"

#include "agendatext.h"

#include <QUuid>

namespace planner {

namespace {

// Our own namespace for version 5 UUIDs, so UIDs never collide with other producers'.
const QUuid uidNamespace(QStringLiteral("{6b1c3f0e-5a4d-4f6e-9b2a-7c3d8e1f0a52}"));

// The time as "yyyyMMdd'T'HHmmss'Z'" without QDateTime::toString, which parses
// its format on every call (a tenth of a large export); years outside four
// digits go through it.
QString utcStamp(const QDateTime &time)
{
    const QDateTime utc = time.toUTC();
    const QDate date = utc.date();
    const QTime clock = utc.time();
    if (date.year() < 1000 || date.year() > 9999)
        return utc.toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    QString text(16, Qt::Uninitialized);
    QChar *p = text.data();
    const auto digits = [&p](int value, int count) {
        for (int i = count - 1; i >= 0; --i, value /= 10)
            p[i] = QChar(u'0' + value % 10);
        p += count;
    };
    digits(date.year(), 4);
    digits(date.month(), 2);
    digits(date.day(), 2);
    *p++ = u'T';
    digits(clock.hour(), 2);
    digits(clock.minute(), 2);
    digits(clock.second(), 2);
    *p = u'Z';
    return text;
}

QString dateValue(const QDate &date)
{
    return date.toString(QStringLiteral("yyyyMMdd"));
}

bool isWebUrl(const QUrl &url)
{
    return url.isValid()
        && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"));
}

} // namespace

IcsWriter::IcsWriter(const ExportOptions &options)
    : m_options(options)
{
}

QString IcsWriter::uid(const QString &conferenceKey, const QString &sessionKey)
{
    // A newline cannot occur in either key, so the pair maps to one name only.
    const QUuid id = QUuid::createUuidV5(uidNamespace, conferenceKey + u'\n' + sessionKey);
    return id.toString(QUuid::WithoutBraces) + QStringLiteral("@conference-planner");
}

QString IcsWriter::escapeText(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\\' || c == u';' || c == u',') {
            escaped += u'\\';
            escaped += c;
        } else if (c == u'\r') {
            if (i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i; // CRLF is one line break
            escaped += QStringLiteral("\\n");
        } else if (c == u'\n') {
            escaped += QStringLiteral("\\n");
        } else if (c.unicode() >= 0x20 || c == u'\t') {
            escaped += c;
        } // other control characters are not allowed in TEXT
    }
    return escaped;
}

QByteArray IcsWriter::fold(const QString &line)
{
    QByteArray out;
    foldInto(out, line);
    return out;
}

void IcsWriter::foldInto(QByteArray &out, QStringView line)
{
    // Encoded once, then cut between characters: a UTF-8 continuation byte
    // (10xxxxxx) never starts one. Encoding character by character made this the
    // slowest part of exporting a large agenda. Written straight into `out`: a
    // line of its own, then copied, cost as much again.
    const QByteArray utf8 = line.toUtf8();
    out.reserve(out.size() + utf8.size() + utf8.size() / 64 * 3 + 2);
    const char *const data = utf8.constData();
    const qsizetype size = utf8.size();
    // Each piece is copied whole: the first 75 octets, then 74 after the space
    // of each continuation, moved back to the start of a character.
    qsizetype from = 0;
    qsizetype room = 75;
    while (size - from > room) {
        qsizetype cut = from + room;
        while (cut > from && (uchar(data[cut]) & 0xC0) == 0x80)
            --cut;
        out.append(data + from, cut - from);
        out += "\r\n "; // the space opens the continuation and counts in its 75
        from = cut;
        room = 74;
    }
    out.append(data + from, size - from);
    out += "\r\n";
}

// What every event of one write() shares, made once: the zone and the texts'
// formatter are built from the conference's zone name, the stamp is the same.
struct IcsWriter::Shared
{
    const Agenda &agenda;
    AgendaText text;
    QTimeZone zone;
    QString stamp;
};

QByteArray IcsWriter::write(const Agenda &agenda)
{
    m_leftOut.clear();
    const Shared shared { agenda, AgendaText(agenda, m_options.language), agenda.timeZone(),
        utcStamp(m_options.effectiveTimestamp()) };
    QByteArray out;
    // About 600 bytes an event: one allocation for most agendas.
    out.reserve(1024 + agenda.items.size() * 700);
    foldInto(out, u"BEGIN:VCALENDAR");
    foldInto(out, u"VERSION:2.0");
    foldInto(out,
        QStringLiteral("PRODID:-//Conference Planner//Conference Planner %1//EN")
            .arg(QStringLiteral(PLANNER_VERSION)));
    foldInto(out, u"CALSCALE:GREGORIAN");
    foldInto(out, u"METHOD:PUBLISH");
    foldInto(out, QStringLiteral("X-WR-CALNAME:") + escapeText(shared.text.conferenceTitle()));
    for (const AgendaItem &item : agenda.items) {
        if (!item.day(shared.zone).isValid()) {
            m_leftOut.append(item.session.key);
            continue;
        }
        writeEvent(out, shared, item);
    }
    foldInto(out, u"END:VCALENDAR");
    return out;
}

void IcsWriter::writeEvent(QByteArray &out, const Shared &shared, const AgendaItem &item) const
{
    const Session &session = item.session;
    foldInto(out, u"BEGIN:VEVENT");
    foldInto(out, QStringLiteral("UID:") + uid(shared.agenda.conference.key, session.key));
    foldInto(out, QStringLiteral("DTSTAMP:") + shared.stamp);
    if (item.start().isValid()) {
        foldInto(out, QStringLiteral("DTSTART:") + utcStamp(item.start()));
        if (item.end().isValid())
            foldInto(out, QStringLiteral("DTEND:") + utcStamp(item.end()));
    } else {
        // A day with the time still to be announced: an all-day event; DTEND is exclusive.
        const QDate day = item.day(shared.zone);
        foldInto(out, QStringLiteral("DTSTART;VALUE=DATE:") + dateValue(day));
        foldInto(out, QStringLiteral("DTEND;VALUE=DATE:") + dateValue(day.addDays(1)));
    }
    // The title alone: a code added here came back doubled from every re-import.
    foldInto(out, QStringLiteral("SUMMARY:") + escapeText(shared.text.title(item)));
    foldInto(out, QStringLiteral("DESCRIPTION:") + escapeText(description(shared.text, item)));
    if (!session.room.isEmpty())
        foldInto(out, QStringLiteral("LOCATION:") + escapeText(session.room));
    for (const Link &link : session.links) {
        if (const QUrl url = link.url(); isWebUrl(url)) { // URL may appear once
            foldInto(out, QStringLiteral("URL:") + url.toString(QUrl::FullyEncoded));
            break;
        }
    }
    if (const QString track = item.trackName.text(m_options.language); !track.isEmpty())
        foldInto(out, QStringLiteral("CATEGORIES:") + escapeText(track));
    // Alarms for the user's own agenda, not a whole programme's thousand sessions;
    // and only on a time: a calendar would ring an all-day event at midnight.
    const int reminder = item.reminderMinutes.value_or(m_options.reminderMinutes);
    if (reminder > 0 && item.start().isValid()
        && shared.agenda.scope == AgendaScope::Bookmarked) {
        foldInto(out, u"BEGIN:VALARM");
        foldInto(out, u"ACTION:DISPLAY");
        foldInto(out, QStringLiteral("DESCRIPTION:") + escapeText(shared.text.title(item)));
        foldInto(out, QStringLiteral("TRIGGER:-PT%1M").arg(reminder));
        foldInto(out, u"END:VALARM");
    }
    foldInto(out, u"END:VEVENT");
}

QString IcsWriter::description(const AgendaText &text, const AgendaItem &item) const
{
    QStringList parts;
    if (item.removed)
        parts.append(AgendaText::removedLabel());
    if (!item.session.speakers.isEmpty())
        parts.append(AgendaText::labelled(AgendaText::speakersLabel(), text.speakers(item)));
    for (const QString &paragraph : { text.overview(item), text.description(item) }) {
        if (!paragraph.isEmpty())
            parts.append(paragraph);
    }
    const QList<AgendaText::Point> points = text.points(item);
    if (!points.isEmpty()) {
        QString block = AgendaText::keyPointsLabel() + u':';
        for (const AgendaText::Point &point : points)
            block += QStringLiteral("\n• ") + text.pointLine(point);
        parts.append(block);
    }
    if (const QString topics = text.topics(item, QStringLiteral(", ")); !topics.isEmpty())
        parts.append(AgendaText::labelled(AgendaText::topicsLabel(), topics));
    if (const QList<Link> links = AgendaText::shownLinks(item); !links.isEmpty()) {
        QString block = AgendaText::linksLabel() + u':';
        for (const Link &link : links) {
            const QString address = link.url().toString(QUrl::FullyEncoded);
            const QString title = link.title.simplified();
            block += QStringLiteral("\n• ")
                + (title.isEmpty() || title == address ? address
                                                       : title + QStringLiteral(": ") + address);
        }
        parts.append(block);
    }
    if (m_options.withNotes && !item.note.isEmpty())
        parts.append(AgendaText::notesLabel() + QStringLiteral(":\n") + item.note);
    return parts.join(QStringLiteral("\n\n"));
}

} // namespace planner
