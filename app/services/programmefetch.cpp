#include "programmefetch.h"

#include <QEventLoop>

namespace planner {

ProgrammeFetch::ProgrammeFetch(QObject *parent)
    : QObject(parent)
{
    connect(&m_download, &ProgrammeDownload::progress, this, &ProgrammeFetch::progress);
    connect(&m_download, &ProgrammeDownload::finished, this, &ProgrammeFetch::downloaded);
}

void ProgrammeFetch::start(const QUrl &url, const DownloadValidators &validators, Pages pages)
{
    m_pages = pages;
    m_pageUrl.clear();
    m_programmeUrl = ProgrammeDownload::withoutCredentials(url);
    m_download.start(url, validators);
}

void ProgrammeFetch::choose(const ProgrammeLink &link)
{
    m_programmeUrl = link.url;
    m_download.start(link.url);
}

void ProgrammeFetch::cancel()
{
    m_download.cancel();
}

void ProgrammeFetch::downloaded(const DownloadResult &result)
{
    if (result.status != DownloadResult::Status::Downloaded
        || !ProgrammeLinks::isHtmlPage(result.body, result.contentType)) {
        emit finished(result);
        return;
    }
    DownloadResult failed = result;
    failed.status = DownloadResult::Status::Failed;
    failed.body.clear();
    if (m_pages == Pages::Refuse) {
        failed.error
            = tr("%1 now gives a web page, not a programme").arg(result.url.toDisplayString());
        emit finished(failed);
        return;
    }
    if (!m_pageUrl.isEmpty()) { // a page's link led to another page
        failed.error = tr("%1 links to %2, which is a web page, not a programme")
                           .arg(m_pageUrl.toDisplayString(), result.url.toDisplayString());
        emit finished(failed);
        return;
    }
    m_pageUrl = result.url;
    const QList<ProgrammeLink> links = ProgrammeLinks::find(result.body, result.finalUrl);
    if (links.isEmpty()) {
        failed.error = tr("%1 is a web page that links to no programme (no schedule.xml, "
                          ".json or .ics, and no <link rel=\"alternate\"> to one)")
                           .arg(result.url.toDisplayString());
        emit finished(failed);
    } else if (links.size() == 1) {
        choose(links.first());
    } else {
        emit choiceNeeded(links);
    }
}

DownloadResult ProgrammeFetch::fetch(
    const QUrl &url, const DownloadValidators &validators, QList<ProgrammeLink> *links, Pages pages)
{
    QEventLoop loop;
    DownloadResult result;
    const auto done = connect(this, &ProgrammeFetch::finished, &loop, [&](const DownloadResult &r) {
        result = r;
        loop.quit();
    });
    const auto several = connect(
        this, &ProgrammeFetch::choiceNeeded, &loop, [&](const QList<ProgrammeLink> &found) {
            if (links)
                *links = found;
            result.url = m_pageUrl;
            result.status = DownloadResult::Status::Failed;
            result.error
                = tr("%1 links to %n programme(s); give the address of one", "", int(found.size()))
                      .arg(m_pageUrl.toDisplayString());
            loop.quit();
        });
    start(url, validators, pages);
    loop.exec();
    disconnect(done);
    disconnect(several);
    return result;
}

} // namespace planner
