#pragma once

#include "caldavclient.h"
#include "caldavsyncstore.h"
#include "language.h"

#include <QObject>
#include <QStringList>
#include <QUrl>

namespace planner {

class Database;

// What one publish did.
struct PublishOutcome
{
    QString conference;
    QString calendarName;
    QString error; // in words; empty when every change reached the server
    int published = 0; // sessions in the calendar now
    int created = 0;
    int updated = 0;
    int removed = 0;
    int restored = 0; // changed or deleted on the server by someone else, and put back
    int leftOut = 0; // on demand without a planned time: no place in a calendar
    QStringList log; // what the user may want to know, one line each
    bool refusedPassword = false; // the server answered 401: a new password is needed

    bool ok() const { return error.isEmpty(); }
};

// Publishes a conference's personal agenda to its CalDAV calendar: one event per
// bookmarked session, each the ICS export's own VEVENT (same UID, same content),
// created with If-None-Match: *, changed with If-Match: ETAG and deleted once
// unbookmarked. The calendar is a projection of the planner: an event someone
// changed or deleted on the server is put back, and said so in the log. Only
// the sync state is written here, never the user's data. Asynchronous; each
// publish() ends with finished().
class AgendaPublisher : public QObject
{
    Q_OBJECT

public:
    AgendaPublisher(Database &database, CalDavClient &client, QObject *parent = nullptr);
    ~AgendaPublisher() override;

    // The language of the events' titles and texts.
    void setLanguage(Language language) { m_language = language; }
    // Requests sent at once; the server answers them on several connections.
    void setParallelRequests(int count) { m_parallel = qMax(1, count); }

    // Publishes `conference` to the calendar of its stored account.
    void publish(const QString &conference);
    bool isRunning() const { return m_run != nullptr; }

    // One session's calendar object: the ICS export's VEVENT in a VCALENDAR of its
    // own, without METHOD (RFC 4791 forbids it in a calendar's objects).
    static QByteArray calendarObject(QByteArray exported);
    // A digest of the object that ignores DTSTAMP, which changes at every write.
    static QString contentHash(const QByteArray &calendarObject);
    // Where the event with `uid` lives in `calendar`.
    static QUrl eventUrl(const QUrl &calendar, const QString &uid);

signals:
    // The server's list was read and the changes are about to be sent.
    void planned(int changes);
    void progress(int done, int total);
    void logged(const QString &line);
    void finished(const PublishOutcome &outcome);

private:
    struct Job;
    struct Run;
    void plan(const QHash<QString, QString> &onServer);
    void pump();
    void start(const Job &job);
    void onStored(const Job &job, const CalDavReply &reply);
    void onRemoved(const Job &job, const CalDavReply &reply);
    // Fetches the server's copy for its ETag, then sends `job` again against it.
    void retryAgainstServer(Job job, const QString &why);
    void fail(const CalDavReply &reply);
    void log(const QString &line);
    void finishIfDone();

    Database &m_database;
    CalDavClient &m_client;
    CalDavSyncStore m_store;
    Language m_language = Language::English;
    int m_parallel = 6;
    std::unique_ptr<Run> m_run;
};

} // namespace planner
