#pragma once

#include "conference.h"
#include "language.h"
#include "session.h"

#include <QCoreApplication>

namespace planner {

// The details pane's rich text for one session. Every conference string is
// HTML-escaped: programmes come from the internet.
class SessionHtml
{
    Q_DECLARE_TR_FUNCTIONS(planner::SessionHtml)

public:
    SessionHtml(const Conference &conference, Language language);

    QString render(const Session &session, const QString &trackName) const;
    QString renderConference() const;

private:
    QString whenLine(const Session &session) const;
    QString links(const Session &session) const;
    QString topics(const Session &session) const;

    Conference m_conference;
    Language m_language;
};

} // namespace planner
