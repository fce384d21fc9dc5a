#pragma once

#include "language.h"

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QStringList>
#include <optional>

namespace planner {

// What the program remembers between starts, other than the user's data (which is in
// the database): the language, the last conference and how each was last shown, the
// window's layout, the folders last used. Every settings key is named here, once.
// Each call reads or writes QSettings at once, as a restart will find it.
class Preferences
{
public:
    // Where the user left a conference: the session shown, the track filter, the
    // tracks closed in the tree.
    struct ConferenceView
    {
        QString session;
        QString track;
        QDate day;
        QString room;
        QStringList collapsedTracks;
        // The day grid: the day shown, its rooms in the user's order, those hidden.
        QDate gridDay;
        QStringList roomOrder;
        QStringList hiddenRooms;
    };
    // The window's layout as Qt saves it, and the filters that outlive a start.
    struct WindowLayout
    {
        QByteArray geometry;
        QByteArray state;
        QByteArray splitter;
        QByteArray detailsSplitter;
        QByteArray programmeColumns; // the programme tree's header
        bool bookmarkedOnly = false;
        QString search;
        QString programmeView; // the tab over the programme: "tracks", "day" or "now"
        int dayGridZoom = -1; // a step of the day grid's zoom; -1 for its default
        bool dayGridInYourZone = false;
    };
    enum class Folder { Import, Backup, Export };
    // What the export dialog was last set to: a format's name ("pdf"), whether
    // notes go along, the paper ("a4", "letter", or empty for the language's).
    struct ExportChoices
    {
        QString format;
        bool withNotes = false;
        QString paper;
    };

    // Light or dark windows: as the desktop has them, or the user's choice.
    enum class Appearance { System, Light, Dark };
    Appearance appearance() const;
    void setAppearance(Appearance appearance);

    // Whether Chinese content is shown as the programme wrote it, rather than in
    // Traditional script (false until the user chooses).
    bool textAsWritten() const;
    void setTextAsWritten(bool asWritten);

    // The language last chosen in the window; none before the first choice.
    std::optional<Language> language() const;
    void setLanguage(Language language);

    QString lastConference() const;
    void setLastConference(const QString &conferenceKey);

    ConferenceView conferenceView(const QString &conferenceKey) const;
    void setConferenceView(const QString &conferenceKey, const ConferenceView &view);
    // Forgets how a deleted conference was shown.
    void forgetConference(const QString &conferenceKey);

    WindowLayout windowLayout() const;
    void setWindowLayout(const WindowLayout &layout);

    // The folder a file dialog opens in: the one last used, else `fallback`.
    // The folder a file dialog opens in: the last one used, else `fallback`, else
    // Documents (or home).
    QString folder(Folder folder, const QString &fallback = {}) const;
    void setFolder(Folder folder, const QString &path);

    ExportChoices exportChoices() const;
    void setExportChoices(const ExportChoices &choices);

    // How long before a bookmarked session the user is reminded of it, in
    // minutes, unless the session has a lead time of its own: 10 until the user
    // chooses; 0 means no reminders.
    int reminderMinutes() const;
    void setReminderMinutes(int minutes);

    // Programmes from the web: downloaded again when the window opens on their
    // conference, and every so many minutes while it runs (0: never). On, and
    // every 30 minutes, until the user says otherwise.
    bool refreshOnStart() const;
    void setRefreshOnStart(bool refresh);
    int refreshMinutes() const;
    void setRefreshMinutes(int minutes);

    // The .ics file kept up to date with a conference's agenda (for calendars that
    // subscribe to a file in a synced folder), and whether it carries the notes;
    // an empty path keeps none.
    QString agendaFile(const QString &conferenceKey) const;
    bool agendaFileWithNotes(const QString &conferenceKey) const;
    void setAgendaFile(const QString &conferenceKey, const QString &path, bool withNotes);

    // Whether the Getting Started hint has been shown once.
    bool gettingStartedShown() const;
    void setGettingStartedShown();
};

} // namespace planner
