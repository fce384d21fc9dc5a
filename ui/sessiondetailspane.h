#pragma once

#include "conference.h"
#include "language.h"

#include <QWidget>

class QTextBrowser;

namespace planner {

class ProgrammeStore;

// Shows the selected session in full, or the conference when none is selected.
class SessionDetailsPane : public QWidget
{
    Q_OBJECT

public:
    SessionDetailsPane(const ProgrammeStore &store, QWidget *parent = nullptr);

    void setConference(const QString &conferenceKey);
    void setSession(const QString &sessionKey); // empty shows the conference
    void setLanguage(Language language);
    QString sessionKey() const { return m_sessionKey; }
    QString text() const; // what is shown, as plain text

private:
    void refresh();

    const ProgrammeStore &m_store;
    QTextBrowser *m_browser;
    Conference m_conference;
    QString m_sessionKey;
    Language m_language = Language::English;
};

} // namespace planner
