#include "sessiondetailspane.h"

#include "programmestore.h"
#include "sessionhtml.h"

#include <QTextBrowser>
#include <QVBoxLayout>

namespace planner {

SessionDetailsPane::SessionDetailsPane(const ProgrammeStore &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_browser(new QTextBrowser(this))
{
    m_browser->setOpenExternalLinks(true);
    m_browser->setObjectName(QStringLiteral("sessionDetails"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_browser);
}

void SessionDetailsPane::setConference(const QString &conferenceKey)
{
    m_conference = m_store.conference(conferenceKey).value_or(Conference());
    m_sessionKey.clear();
    refresh();
}

void SessionDetailsPane::setSession(const QString &sessionKey)
{
    m_sessionKey = sessionKey;
    refresh();
}

void SessionDetailsPane::setLanguage(Language language)
{
    m_language = language;
    refresh();
}

QString SessionDetailsPane::text() const
{
    return m_browser->toPlainText();
}

void SessionDetailsPane::refresh()
{
    const SessionHtml html(m_conference, m_language);
    const std::optional<Session> session
        = m_sessionKey.isEmpty() ? std::nullopt : m_store.session(m_conference.key, m_sessionKey);
    if (!session) {
        m_browser->setHtml(html.renderConference());
        return;
    }
    QString trackName;
    for (const Track &track : m_store.tracks(m_conference.key)) {
        if (track.key == session->trackKey)
            trackName = track.name.text(m_language);
    }
    m_browser->setHtml(html.render(*session, trackName));
}

} // namespace planner
