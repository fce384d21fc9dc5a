#include "bookmarkcommand.h"

#include "userdataservice.h"

namespace planner {

BookmarkCommand::BookmarkCommand(UserDataService &userData, const QString &conference,
    const QString &session, const QString &title, bool bookmarked)
    : m_userData(userData)
    , m_conference(conference)
    , m_session(session)
    , m_bookmarked(bookmarked)
{
    setText(
        bookmarked ? tr("Bookmark “%1”").arg(title) : tr("Remove Bookmark from “%1”").arg(title));
}

void BookmarkCommand::redo()
{
    m_userData.setBookmarked(m_conference, m_session, m_bookmarked);
}

void BookmarkCommand::undo()
{
    m_userData.setBookmarked(m_conference, m_session, !m_bookmarked);
}

} // namespace planner
