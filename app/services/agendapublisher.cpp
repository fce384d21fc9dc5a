#include "agendapublisher.h"

#include "agendabuilder.h"
#include "icswriter.h"
#include "preferences.h"

#include <QCryptographicHash>
#include <QRegularExpression>

namespace planner {

struct AgendaPublisher::Job
{
    enum class Kind { Create, Replace, Delete };
    Kind kind = Kind::Create;
    QString session;
    QString title; // for the log
    QUrl url;
    QByteArray object;
    QString hash;
    QString etag; // the server's version that Replace and Delete apply to
    int attempts = 0;
};

struct AgendaPublisher::Run
{
    CalDavAccount account;
    PublishOutcome outcome;
    QHash<QString, Job> wanted; // by session key: every event the calendar should hold
    QHash<QString, CalDavEventState> known;
    QList<Job> queue;
    int inFlight = 0;
    int total = 0;
    int done = 0;
    bool stopped = false;
};

AgendaPublisher::AgendaPublisher(Database &database, CalDavClient &client, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_client(client)
    , m_store(database)
{
}

AgendaPublisher::~AgendaPublisher() = default;

QByteArray AgendaPublisher::calendarObject(QByteArray exported)
{
    exported.replace("METHOD:PUBLISH\r\n", "");
    return exported;
}

QString AgendaPublisher::contentHash(const QByteArray &calendarObject)
{
    static const QRegularExpression stamp(
        QStringLiteral("^DTSTAMP:[^\\r\\n]*\\r\\n"), QRegularExpression::MultilineOption);
    const QString withoutStamp = QString::fromUtf8(calendarObject).remove(stamp);
    return QString::fromLatin1(
        QCryptographicHash::hash(withoutStamp.toUtf8(), QCryptographicHash::Sha1).toHex());
}

QUrl AgendaPublisher::eventUrl(const QUrl &calendar, const QString &uid)
{
    QUrl url = calendar;
    QString path = url.path(QUrl::FullyEncoded);
    if (!path.endsWith(u'/'))
        path += u'/';
    path += QString::fromLatin1(QUrl::toPercentEncoding(uid)) + QStringLiteral(".ics");
    url.setPath(path, QUrl::TolerantMode);
    return url;
}

void AgendaPublisher::publish(const QString &conference)
{
    if (m_run)
        return;
    const std::optional<CalDavAccount> account = m_store.account(conference);
    m_run = std::make_unique<Run>();
    m_run->outcome.conference = conference;
    if (!account) {
        m_run->outcome.error = tr("this conference is not published to any calendar");
        finishIfDone();
        return;
    }
    m_run->account = *account;
    m_run->outcome.calendarName = account->calendarName;
    m_run->known = m_store.events(conference);

    // Each session as the ICS export writes it, so that both give the same events.
    const Agenda agenda = AgendaBuilder(m_database).build(conference);
    ExportOptions options;
    options.language = m_language;
    options.withNotes = account->withNotes;
    // The reminders ride along as alarms, as in the ICS export.
    options.reminderMinutes = Preferences().reminderMinutes();
    IcsWriter writer(options);
    for (const AgendaItem &item : agenda.items) {
        Agenda one = agenda;
        one.items = { item };
        const QByteArray object = calendarObject(writer.write(one));
        if (!writer.leftOut().isEmpty()) {
            ++m_run->outcome.leftOut;
            continue;
        }
        Job job;
        job.session = item.session.key;
        job.title = item.session.title.text(m_language);
        if (job.title.isEmpty())
            job.title = item.session.key;
        job.url = eventUrl(account->calendar, IcsWriter::uid(conference, item.session.key));
        job.object = object;
        job.hash = contentHash(object);
        m_run->wanted.insert(job.session, job);
    }
    m_client.listEvents(account->calendar,
        [this](const QHash<QString, QString> &onServer, const CalDavReply &reply) {
            if (!reply.ok()) {
                fail(reply);
                finishIfDone();
                return;
            }
            plan(onServer);
        });
}

void AgendaPublisher::plan(const QHash<QString, QString> &onServer)
{
    Run &run = *m_run;
    for (Job job : std::as_const(run.wanted)) {
        const QString path = CalDavClient::pathKey(job.url);
        const auto known = run.known.constFind(job.session);
        const bool there = onServer.contains(path);
        const QString serverEtag = onServer.value(path);
        if (known != run.known.cend() && there && known->contentHash == job.hash
            && (known->etag == serverEtag || known->etag.isEmpty())) {
            if (known->etag.isEmpty()) // the server gave no ETag when it stored it
                m_store.setEvent(run.outcome.conference,
                    { job.session, job.url.toString(), serverEtag, job.hash });
            ++run.outcome.published;
            continue;
        }
        if (known != run.known.cend() && !known->etag.isEmpty() && known->etag != serverEtag) {
            log(there ? tr("“%1” was changed in the calendar by someone else: put back as "
                           "planned here")
                            .arg(job.title)
                      : tr("“%1” was deleted from the calendar by someone else: put back")
                            .arg(job.title));
            ++run.outcome.restored;
        }
        job.kind = there ? Job::Kind::Replace : Job::Kind::Create;
        job.etag = serverEtag;
        run.queue.append(job);
    }
    for (const CalDavEventState &state : std::as_const(run.known)) {
        if (run.wanted.contains(state.session))
            continue;
        const QUrl url(state.href);
        if (!onServer.contains(CalDavClient::pathKey(url))) {
            m_store.removeEvent(run.outcome.conference, state.session); // gone already
            continue;
        }
        Job job;
        job.kind = Job::Kind::Delete;
        job.session = state.session;
        job.title = state.session;
        job.url = url;
        job.etag = onServer.value(CalDavClient::pathKey(url));
        run.queue.append(job);
    }
    run.total = int(run.queue.size());
    emit planned(run.total);
    pump();
    finishIfDone();
}

void AgendaPublisher::pump()
{
    Run &run = *m_run;
    while (!run.stopped && run.inFlight < m_parallel && !run.queue.isEmpty()) {
        ++run.inFlight;
        start(run.queue.takeFirst());
    }
}

void AgendaPublisher::start(const Job &job)
{
    switch (job.kind) {
    case Job::Kind::Create:
        m_client.put(job.url, job.object, CalDavClient::Precondition::IfNoneMatch, {},
            [this, job](const CalDavReply &reply) { onStored(job, reply); });
        break;
    case Job::Kind::Replace:
        m_client.put(job.url, job.object, CalDavClient::Precondition::IfMatch, job.etag,
            [this, job](const CalDavReply &reply) { onStored(job, reply); });
        break;
    case Job::Kind::Delete:
        m_client.remove(
            job.url, job.etag, [this, job](const CalDavReply &reply) { onRemoved(job, reply); });
        break;
    }
}

void AgendaPublisher::onStored(const Job &job, const CalDavReply &reply)
{
    Run &run = *m_run;
    if (reply.status == 412 && job.attempts < 3) {
        // If-None-Match: an event of that name is there already (a publish cut
        // short before it kept the ETag). If-Match: someone changed it meanwhile.
        retryAgainstServer(job,
            job.kind == Job::Kind::Create
                ? tr("“%1” was already in the calendar: replaced by the planner's").arg(job.title)
                : tr("“%1” was changed in the calendar by someone else: put back as planned "
                     "here")
                      .arg(job.title));
        return;
    }
    if (reply.status == 404 && job.kind == Job::Kind::Replace && job.attempts < 3) {
        Job again = job;
        again.kind = Job::Kind::Create;
        ++again.attempts;
        start(again);
        return;
    }
    --run.inFlight;
    ++run.done;
    if (reply.ok()) {
        const StoreStatus saved = m_store.setEvent(
            run.outcome.conference, { job.session, job.url.toString(), reply.etag, job.hash });
        if (!saved.ok() && run.outcome.error.isEmpty())
            run.outcome.error = saved.error;
        ++run.outcome.published;
        ++(job.kind == Job::Kind::Create && job.attempts == 0 ? run.outcome.created
                                                              : run.outcome.updated);
    } else {
        fail(reply);
    }
    emit progress(run.done, run.total);
    pump();
    finishIfDone();
}

void AgendaPublisher::onRemoved(const Job &job, const CalDavReply &reply)
{
    Run &run = *m_run;
    if (reply.status == 412 && job.attempts < 3) {
        retryAgainstServer(job,
            tr("“%1” was changed in the calendar by someone else: removed all the same, as "
               "it is no longer bookmarked")
                .arg(job.title));
        return;
    }
    --run.inFlight;
    ++run.done;
    if (reply.ok() || reply.status == 404 || reply.status == 410) {
        m_store.removeEvent(run.outcome.conference, job.session);
        ++run.outcome.removed;
    } else {
        fail(reply);
    }
    emit progress(run.done, run.total);
    pump();
    finishIfDone();
}

void AgendaPublisher::retryAgainstServer(Job job, const QString &why)
{
    ++job.attempts;
    m_client.get(job.url, [this, job, why](const CalDavReply &reply) mutable {
        if (reply.status == 404 && job.kind != Job::Kind::Delete) {
            job.kind = Job::Kind::Create;
        } else if (!reply.ok()) {
            --m_run->inFlight;
            ++m_run->done;
            fail(reply);
            pump();
            finishIfDone();
            return;
        } else {
            log(why);
            if (job.kind == Job::Kind::Create)
                job.kind = Job::Kind::Replace;
            else if (job.kind == Job::Kind::Replace)
                ++m_run->outcome.restored;
            job.etag = reply.etag;
        }
        start(job);
    });
}

void AgendaPublisher::fail(const CalDavReply &reply)
{
    Run &run = *m_run;
    if (run.outcome.error.isEmpty())
        run.outcome.error = reply.error;
    if (reply.status == 401)
        run.outcome.refusedPassword = true;
    // A server that cannot be reached, or refuses the account, refuses the rest
    // too: what is left waits for the next publish.
    if (reply.stopsEverything)
        run.stopped = true;
}

void AgendaPublisher::log(const QString &line)
{
    m_run->outcome.log.append(line);
    emit logged(line);
}

void AgendaPublisher::finishIfDone()
{
    if (!m_run || m_run->inFlight > 0 || (!m_run->queue.isEmpty() && !m_run->stopped))
        return;
    const PublishOutcome outcome = m_run->outcome;
    m_run.reset();
    emit finished(outcome);
}

} // namespace planner
