#include "programmebuilder.h"

#include "sessionstream.h"
#include "slug.h"

#include <algorithm>

namespace planner {

namespace {

// Sessions handed to a stream at once: few enough to be little memory, enough
// that the store is not woken for each.
constexpr qsizetype runSize = 256;

// `key` itself when unused, else the first free "key-2", "key-3"...
QString firstFree(const QString &key, const QSet<QString> &used)
{
    if (!used.contains(key))
        return key;
    for (int n = 2;; ++n) {
        const QString candidate = key + u'-' + QString::number(n);
        if (!used.contains(candidate))
            return candidate;
    }
}

// No Han character lies below U+2E80: most text never needs the script lookup.
bool hasHan(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) {
        return c.unicode() >= 0x2E80 && QChar::script(char32_t(c.unicode())) == QChar::Script_Han;
    });
}

} // namespace

ProgrammeBuilder::ProgrammeBuilder(Conference conference)
{
    m_data.conference = std::move(conference);
}

QString ProgrammeBuilder::conferenceKey(const QString &acronym, const QString &title)
{
    const QString key = slugify(acronym);
    return key.isEmpty() ? slugify(title) : key;
}

LocalizedText ProgrammeBuilder::localized(const QString &text, const QString &languageTag)
{
    if (languageTag.startsWith(QLatin1String("zh"), Qt::CaseInsensitive))
        return LocalizedText::chinese(text);
    if (!languageTag.isEmpty())
        return LocalizedText::english(text);
    return hasHan(text) ? LocalizedText::chinese(text) : LocalizedText::english(text);
}

QTimeZone ProgrammeBuilder::timeZone(const QString &id)
{
    const QByteArray name = id.trimmed().toUtf8();
    return name.isEmpty() ? QTimeZone() : QTimeZone(name);
}

QString ProgrammeBuilder::trackKey(const QString &trackName)
{
    const QString name = trackName.trimmed();
    const auto known = m_trackKeys.constFind(name);
    if (known != m_trackKeys.constEnd())
        return *known;
    QString key = name.isEmpty() ? QStringLiteral("general") : slugify(name);
    if (key.isEmpty()) // a name of punctuation only
        key = QStringLiteral("track");
    key = firstFree(key, m_usedTrackKeys);
    m_usedTrackKeys.insert(key);
    m_trackKeys.insert(name, key);
    // The track we make up for sessions without one is named in both languages,
    // like the bundled content; stored as content, it needs no catalogue.
    m_data.tracks.append({ key,
        name.isEmpty() ? LocalizedText { QStringLiteral("一般"), QStringLiteral("General") }
                       : localized(name) });
    return key;
}

// Sources identify sessions differently: a guid is global; an id is unique only
// within its conference (and some files repeat ids); a code is the conference's
// own; without any, the slot and title are all there is.
QString ProgrammeBuilder::sessionKey(const Session &session, const Ids &ids) const
{
    if (!ids.guid.trimmed().isEmpty())
        return ids.guid.trimmed();
    if (!ids.id.trimmed().isEmpty())
        return m_data.conference.key + u'-' + ids.id.trimmed();
    if (!ids.code.trimmed().isEmpty())
        return ids.code.trimmed();
    const QString day = session.time.date.toString(Qt::ISODate);
    const QString start = session.time.start.isValid()
        ? session.time.start.toUTC().toString(QStringLiteral("HHmm"))
        : QString();
    const QString key = slugify(day + u' ' + start + u' ' + session.title.text(Language::English));
    return key.isEmpty() ? QStringLiteral("session") : key;
}

const Session &ProgrammeBuilder::addSession(
    Session session, const QString &trackName, const Ids &ids)
{
    session.trackKey = trackKey(trackName);
    // A repeated key would silently overwrite a session in the store; numbering
    // repeats in file order keeps every session and stays stable across updates
    // that do not reorder them.
    session.key = firstFree(sessionKey(session, ids), m_sessionKeys);
    m_sessionKeys.insert(session.key);
    if (const QDate day = session.time.date; day.isValid()) {
        if (!m_firstDay.isValid() || day < m_firstDay)
            m_firstDay = day;
        if (!m_lastDay.isValid() || day > m_lastDay)
            m_lastDay = day;
    }
    if (!m_stream) {
        m_data.sessions.append(std::move(session));
        return m_data.sessions.constLast();
    }
    // The run is handed over when the next session comes, so that what this
    // returns stays valid as long as the caller is told it does.
    if (m_run.size() >= runSize)
        handOver();
    m_run.append(std::move(session));
    return m_run.constLast();
}

void ProgrammeBuilder::reserve(qsizetype count)
{
    if (!m_stream)
        m_data.sessions.reserve(count);
    m_sessionKeys.reserve(count);
}

void ProgrammeBuilder::streamTo(SessionStream &stream)
{
    m_stream = &stream;
    m_stream->begin(m_data.conference);
    m_run = std::exchange(m_data.sessions, {});
    m_run.reserve(runSize);
}

void ProgrammeBuilder::handOver()
{
    if (m_run.isEmpty())
        return;
    m_stream->append(std::exchange(m_run, {}));
    m_run.reserve(runSize);
}

ConferenceData ProgrammeBuilder::finish()
{
    if (m_stream)
        handOver();
    Conference &c = m_data.conference;
    if (!c.startDate.isValid())
        c.startDate = m_firstDay;
    if (!c.endDate.isValid())
        c.endDate = m_lastDay;
    return std::move(m_data);
}

} // namespace planner
