#include "preferences.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

#include <algorithm>

namespace planner {

namespace {

const QString languageKey = QStringLiteral("language");
const QString lastConferenceKey = QStringLiteral("conference/last");
const QString gettingStartedKey = QStringLiteral("hints/gettingStartedShown");
const QString exportFormatKey = QStringLiteral("export/format");
const QString exportNotesKey = QStringLiteral("export/withNotes");
const QString exportPaperKey = QStringLiteral("export/paper");
const QString reminderMinutesKey = QStringLiteral("reminders/minutes");
const QString refreshOnStartKey = QStringLiteral("web/refreshOnStart");
const QString refreshMinutesKey = QStringLiteral("web/refreshMinutes");

QString conferenceGroup(const QString &conferenceKey)
{
    return QStringLiteral("conference/") + conferenceKey;
}

QString folderKey(Preferences::Folder folder)
{
    switch (folder) {
    case Preferences::Folder::Import:
        return QStringLiteral("import/folder");
    case Preferences::Folder::Export:
        return QStringLiteral("export/folder");
    case Preferences::Folder::Backup:
        break;
    }
    return QStringLiteral("backup/folder");
}

} // namespace

std::optional<Language> Preferences::language() const
{
    QSettings settings;
    const QString tag = settings.value(languageKey).toString();
    if (tag.isEmpty())
        return std::nullopt;
    return languageFromTag(tag);
}

Preferences::Appearance Preferences::appearance() const
{
    const QString value = QSettings().value(QStringLiteral("view/appearance")).toString();
    if (value == QLatin1String("light"))
        return Appearance::Light;
    if (value == QLatin1String("dark"))
        return Appearance::Dark;
    return Appearance::System;
}

void Preferences::setAppearance(Appearance appearance)
{
    const char *value = appearance == Appearance::Light ? "light"
        : appearance == Appearance::Dark                ? "dark"
                                                        : "system";
    QSettings().setValue(QStringLiteral("view/appearance"), QString::fromLatin1(value));
}

void Preferences::setLanguage(Language language)
{
    QSettings settings;
    settings.setValue(languageKey, languageTag(language));
}

QString Preferences::lastConference() const
{
    QSettings settings;
    return settings.value(lastConferenceKey).toString();
}

void Preferences::setLastConference(const QString &conferenceKey)
{
    QSettings settings;
    // Only when it changes: each write of the settings waits for the disk, and a start
    // shows the conference it has just read from here.
    if (lastConference() != conferenceKey)
        settings.setValue(lastConferenceKey, conferenceKey);
}

Preferences::ConferenceView Preferences::conferenceView(const QString &conferenceKey) const
{
    QSettings settings;
    settings.beginGroup(conferenceGroup(conferenceKey));
    ConferenceView view;
    view.session = settings.value(QStringLiteral("session")).toString();
    view.track = settings.value(QStringLiteral("track")).toString();
    view.day = settings.value(QStringLiteral("day")).toDate();
    view.room = settings.value(QStringLiteral("room")).toString();
    view.collapsedTracks = settings.value(QStringLiteral("collapsedTracks")).toStringList();
    view.gridDay = settings.value(QStringLiteral("gridDay")).toDate();
    view.roomOrder = settings.value(QStringLiteral("roomOrder")).toStringList();
    view.hiddenRooms = settings.value(QStringLiteral("hiddenRooms")).toStringList();
    settings.endGroup();
    return view;
}

void Preferences::setConferenceView(const QString &conferenceKey, const ConferenceView &view)
{
    QSettings settings;
    settings.beginGroup(conferenceGroup(conferenceKey));
    settings.setValue(QStringLiteral("session"), view.session);
    settings.setValue(QStringLiteral("track"), view.track);
    settings.setValue(QStringLiteral("day"), view.day);
    settings.setValue(QStringLiteral("room"), view.room);
    settings.setValue(QStringLiteral("collapsedTracks"), view.collapsedTracks);
    settings.setValue(QStringLiteral("gridDay"), view.gridDay);
    settings.setValue(QStringLiteral("roomOrder"), view.roomOrder);
    settings.setValue(QStringLiteral("hiddenRooms"), view.hiddenRooms);
    settings.endGroup();
}

void Preferences::forgetConference(const QString &conferenceKey)
{
    QSettings settings;
    if (!conferenceKey.isEmpty())
        settings.remove(conferenceGroup(conferenceKey));
}

Preferences::WindowLayout Preferences::windowLayout() const
{
    QSettings settings;
    WindowLayout layout;
    layout.geometry = settings.value(QStringLiteral("window/geometry")).toByteArray();
    layout.state = settings.value(QStringLiteral("window/state")).toByteArray();
    layout.splitter = settings.value(QStringLiteral("window/splitter")).toByteArray();
    layout.detailsSplitter = settings.value(QStringLiteral("window/detailsSplitter")).toByteArray();
    layout.programmeColumns = settings.value(QStringLiteral("window/programmeColumns")).toByteArray();
    layout.bookmarkedOnly = settings.value(QStringLiteral("filter/bookmarkedOnly")).toBool();
    layout.search = settings.value(QStringLiteral("filter/search")).toString();
    layout.programmeView = settings.value(QStringLiteral("window/programmeView")).toString();
    layout.dayGridZoom = settings.value(QStringLiteral("dayGrid/zoom"), -1).toInt();
    layout.dayGridInYourZone = settings.value(QStringLiteral("dayGrid/inYourZone")).toBool();
    return layout;
}

void Preferences::setWindowLayout(const WindowLayout &layout)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), layout.geometry);
    settings.setValue(QStringLiteral("window/state"), layout.state);
    settings.setValue(QStringLiteral("window/splitter"), layout.splitter);
    settings.setValue(QStringLiteral("window/detailsSplitter"), layout.detailsSplitter);
    settings.setValue(QStringLiteral("window/programmeColumns"), layout.programmeColumns);
    settings.setValue(QStringLiteral("filter/bookmarkedOnly"), layout.bookmarkedOnly);
    settings.setValue(QStringLiteral("filter/search"), layout.search);
    settings.setValue(QStringLiteral("window/programmeView"), layout.programmeView);
    settings.setValue(QStringLiteral("dayGrid/zoom"), layout.dayGridZoom);
    settings.setValue(QStringLiteral("dayGrid/inYourZone"), layout.dayGridInYourZone);
}

QString Preferences::folder(Folder folder, const QString &fallback) const
{
    // The folder used last, while it exists; else where people keep documents,
    // never the directory the program happened to start in.
    const QString last = QSettings().value(folderKey(folder)).toString();
    if (!last.isEmpty() && QFileInfo(last).isDir())
        return last;
    if (!fallback.isEmpty())
        return fallback;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return !documents.isEmpty() && QFileInfo(documents).isDir() ? documents : QDir::homePath();
}

void Preferences::setFolder(Folder folder, const QString &path)
{
    QSettings settings;
    settings.setValue(folderKey(folder), path);
}

bool Preferences::textAsWritten() const
{
    return QSettings().value(QStringLiteral("view/textAsWritten"), false).toBool();
}

void Preferences::setTextAsWritten(bool asWritten)
{
    QSettings().setValue(QStringLiteral("view/textAsWritten"), asWritten);
}

int Preferences::reminderMinutes() const
{
    return qMax(0, QSettings().value(reminderMinutesKey, 10).toInt());
}

void Preferences::setReminderMinutes(int minutes)
{
    QSettings().setValue(reminderMinutesKey, qMax(0, minutes));
}

QString Preferences::agendaFile(const QString &conferenceKey) const
{
    return QSettings().value(conferenceGroup(conferenceKey) + QStringLiteral("/agendaFile")).toString();
}

bool Preferences::agendaFileWithNotes(const QString &conferenceKey) const
{
    return QSettings()
        .value(conferenceGroup(conferenceKey) + QStringLiteral("/agendaFileWithNotes"), false)
        .toBool();
}

void Preferences::setAgendaFile(const QString &conferenceKey, const QString &path, bool withNotes)
{
    QSettings settings;
    const QString group = conferenceGroup(conferenceKey);
    if (path.isEmpty()) {
        settings.remove(group + QStringLiteral("/agendaFile"));
        settings.remove(group + QStringLiteral("/agendaFileWithNotes"));
        return;
    }
    settings.setValue(group + QStringLiteral("/agendaFile"), path);
    settings.setValue(group + QStringLiteral("/agendaFileWithNotes"), withNotes);
}

Preferences::ExportChoices Preferences::exportChoices() const
{
    QSettings settings;
    ExportChoices choices;
    choices.format = settings.value(exportFormatKey).toString();
    choices.withNotes = settings.value(exportNotesKey, false).toBool();
    choices.paper = settings.value(exportPaperKey).toString();
    return choices;
}

void Preferences::setExportChoices(const ExportChoices &choices)
{
    QSettings settings;
    settings.setValue(exportFormatKey, choices.format);
    settings.setValue(exportNotesKey, choices.withNotes);
    settings.setValue(exportPaperKey, choices.paper);
}

bool Preferences::refreshOnStart() const
{
    return QSettings().value(refreshOnStartKey, true).toBool();
}

void Preferences::setRefreshOnStart(bool refresh)
{
    QSettings().setValue(refreshOnStartKey, refresh);
}

int Preferences::refreshMinutes() const
{
    bool ok = false;
    const int minutes = QSettings().value(refreshMinutesKey, 30).toInt(&ok);
    return ok && minutes >= 0 ? minutes : 30;
}

void Preferences::setRefreshMinutes(int minutes)
{
    QSettings().setValue(refreshMinutesKey, std::max(0, minutes));
}

bool Preferences::gettingStartedShown() const
{
    QSettings settings;
    return settings.value(gettingStartedKey).toBool();
}

void Preferences::setGettingStartedShown()
{
    QSettings settings;
    settings.setValue(gettingStartedKey, true);
}

} // namespace planner
