#pragma once

#include "language.h"
#include "sessionrow.h"
#include "track.h"

#include <QToolBar>

class QComboBox;
class QLineEdit;

namespace planner {

// The controls above the programme: which conference, the search field and the
// track filter. It reports what the user chose and leaves applying it to the window.
// In the search field Esc clears it, and Down or Enter goes on to the results.
class ProgrammeToolBar : public QToolBar
{
    Q_OBJECT

public:
    explicit ProgrammeToolBar(QWidget *parent = nullptr);

    QComboBox *conferenceSwitcher() const { return m_conferences; }
    QLineEdit *searchField() const { return m_search; }
    QComboBox *trackFilter() const { return m_trackFilter; }

    // A single conference needs no switcher, so it is hidden then.
    void setConferences(
        const QList<ConferenceSummary> &conferences, const QString &current, Language language);
    void setTracks(const QList<Track> &tracks, const QString &current, Language language);
    void showTrack(const QString &trackKey); // the filter shows it; nothing is emitted

signals:
    void conferenceChosen(const QString &conferenceKey);
    void searchChanged(const QString &text);
    void trackChosen(const QString &trackKey); // empty for all tracks
    void resultsRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void enableClearButton();
    void retranslateUi();

    QComboBox *m_conferences;
    QAction *m_conferencesAction;
    QLineEdit *m_search;
    QComboBox *m_trackFilter;
};

} // namespace planner
