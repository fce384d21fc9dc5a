#include "preferences.h"

namespace planner {

namespace {

const QString languageKey = QStringLiteral("language");
const QString lastConferenceKey = QStringLiteral("conference/last");
const QString gettingStartedKey = QStringLiteral("hints/gettingStartedShown");

QString conferenceGroup(const QString &conferenceKey)
{
    return QStringLiteral("conference/") + conferenceKey;
}

QString folderKey(Preferences::Folder folder)
{
    return folder == Preferences::Folder::Import ? QStringLiteral("import/folder")
                                                 : QStringLiteral("backup/folder");
}

} // namespace

std::optional<Language> Preferences::language() const
{
    const QString tag = m_settings.value(languageKey).toString();
    if (tag.isEmpty())
        return std::nullopt;
    return languageFromTag(tag);
}

void Preferences::setLanguage(Language language)
{
    m_settings.setValue(languageKey, languageTag(language));
}

QString Preferences::lastConference() const
{
    return m_settings.value(lastConferenceKey).toString();
}

void Preferences::setLastConference(const QString &conferenceKey)
{
    // Only when it changes: each write of the settings waits for the disk, and a start
    // shows the conference it has just read from here.
    if (lastConference() != conferenceKey)
        m_settings.setValue(lastConferenceKey, conferenceKey);
}

Preferences::ConferenceView Preferences::conferenceView(const QString &conferenceKey) const
{
    m_settings.beginGroup(conferenceGroup(conferenceKey));
    ConferenceView view;
    view.session = m_settings.value(QStringLiteral("session")).toString();
    view.track = m_settings.value(QStringLiteral("track")).toString();
    view.collapsedTracks = m_settings.value(QStringLiteral("collapsedTracks")).toStringList();
    m_settings.endGroup();
    return view;
}

void Preferences::setConferenceView(const QString &conferenceKey, const ConferenceView &view)
{
    m_settings.beginGroup(conferenceGroup(conferenceKey));
    m_settings.setValue(QStringLiteral("session"), view.session);
    m_settings.setValue(QStringLiteral("track"), view.track);
    m_settings.setValue(QStringLiteral("collapsedTracks"), view.collapsedTracks);
    m_settings.endGroup();
}

void Preferences::forgetConference(const QString &conferenceKey)
{
    if (!conferenceKey.isEmpty())
        m_settings.remove(conferenceGroup(conferenceKey));
}

Preferences::WindowLayout Preferences::windowLayout() const
{
    WindowLayout layout;
    layout.geometry = m_settings.value(QStringLiteral("window/geometry")).toByteArray();
    layout.state = m_settings.value(QStringLiteral("window/state")).toByteArray();
    layout.splitter = m_settings.value(QStringLiteral("window/splitter")).toByteArray();
    layout.detailsSplitter
        = m_settings.value(QStringLiteral("window/detailsSplitter")).toByteArray();
    layout.bookmarkedOnly = m_settings.value(QStringLiteral("filter/bookmarkedOnly")).toBool();
    layout.search = m_settings.value(QStringLiteral("filter/search")).toString();
    return layout;
}

void Preferences::setWindowLayout(const WindowLayout &layout)
{
    m_settings.setValue(QStringLiteral("window/geometry"), layout.geometry);
    m_settings.setValue(QStringLiteral("window/state"), layout.state);
    m_settings.setValue(QStringLiteral("window/splitter"), layout.splitter);
    m_settings.setValue(QStringLiteral("window/detailsSplitter"), layout.detailsSplitter);
    m_settings.setValue(QStringLiteral("filter/bookmarkedOnly"), layout.bookmarkedOnly);
    m_settings.setValue(QStringLiteral("filter/search"), layout.search);
}

QString Preferences::folder(Folder folder, const QString &fallback) const
{
    return m_settings.value(folderKey(folder), fallback).toString();
}

void Preferences::setFolder(Folder folder, const QString &path)
{
    m_settings.setValue(folderKey(folder), path);
}

bool Preferences::gettingStartedShown() const
{
    return m_settings.value(gettingStartedKey).toBool();
}

void Preferences::setGettingStartedShown()
{
    m_settings.setValue(gettingStartedKey, true);
}

} // namespace planner
