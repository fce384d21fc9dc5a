#pragma once

#include "programmedownload.h"
#include "programmelinks.h"

#include <QObject>

namespace planner {

// Gets a programme from a web address the user gave, which may be the programme
// itself or a conference's page that links to it: a page with one programme leads
// to it, a page with several asks which (choiceNeeded, then choose()). Ends with
// finished(), whose result is the programme's download (Downloaded or NotModified)
// or why there is none.
class ProgrammeFetch : public QObject
{
    Q_OBJECT

public:
    explicit ProgrammeFetch(QObject *parent = nullptr);

    void setLimits(const DownloadLimits &limits) { m_download.setLimits(limits); }
    // See ProgrammeDownload::setCredentials.
    void setCredentials(const QString &host, const QString &user, const QString &password)
    {
        m_download.setCredentials(host, user, password);
    }

    // Whether a web page is looked into for its programmes (an address the user
    // gives) or refused (a refresh, whose address was a programme's).
    enum class Pages { Follow, Refuse };
    // `validators`: what the server said of the copy stored, to be told "not
    // modified"; only for the programme's own address (a refresh).
    void start(
        const QUrl &url, const DownloadValidators &validators = {}, Pages pages = Pages::Follow);
    // After choiceNeeded: downloads the programme chosen.
    void choose(const ProgrammeLink &link);
    void cancel();
    bool isRunning() const { return m_download.isRunning(); }
    // Where the programme downloaded comes from: the link chosen or found, else
    // the address given; without user name and password. What a refresh asks again.
    QUrl programmeUrl() const { return m_programmeUrl; }

    // start() until the end, with its own event loop; `links` gets the page's
    // links when there are several (the result is then Failed, with an error
    // saying so).
    DownloadResult fetch(const QUrl &url, const DownloadValidators &validators,
        QList<ProgrammeLink> *links, Pages pages = Pages::Follow);

signals:
    void progress(qint64 received, qint64 total);
    void choiceNeeded(const QList<planner::ProgrammeLink> &links);
    void finished(const planner::DownloadResult &result);

private:
    void downloaded(const DownloadResult &result);

    ProgrammeDownload m_download;
    QUrl m_pageUrl; // when the address given was a page
    QUrl m_programmeUrl;
    Pages m_pages = Pages::Follow;
};

} // namespace planner
