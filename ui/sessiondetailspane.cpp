#include "sessiondetailspane.h"

#include "keypointactions.h"
#include "keypointmodel.h"
#include "keypointview.h"
#include "noteseditor.h"
#include "programmestore.h"
#include "reminderchooser.h"
#include "sessionhtml.h"
#include "userdataservice.h"
#include "userdatastore.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace planner {

SessionDetailsPane::SessionDetailsPane(
    const ProgrammeStore &store, UserDataService &userData, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_userData(userData)
    , m_keyPoints(new KeyPointModel(userData, this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_browser(new QTextBrowser(m_splitter))
    , m_bookmark(new QToolButton(this))
    , m_reminder(new ReminderChooser(userData, this))
    , m_keyPointsLabel(new QLabel(this))
    , m_keyPointView(new KeyPointView(this))
    , m_keyPointActions(new KeyPointActions(userData, *m_keyPoints, *m_keyPointView, this))
    , m_addKeyPoint(new QPushButton(this))
    , m_removeKeyPoint(new QPushButton(this))
    , m_notes(new NotesEditor(userData, m_splitter))
{
    m_browser->setObjectName(QStringLiteral("sessionDetails"));
    m_browser->setOpenLinks(false);
    connect(m_browser, &QTextBrowser::anchorClicked, this, &SessionDetailsPane::onAnchorClicked);

    m_bookmark->setCheckable(true);
    m_bookmark->setToolButtonStyle(Qt::ToolButtonTextOnly);
    connect(m_bookmark, &QToolButton::clicked, this, &SessionDetailsPane::bookmarkToggled);
    connect(&m_userData, &UserDataService::bookmarkChanged, this,
        &SessionDetailsPane::onBookmarkChanged);
    // Planning a time for an on-demand session gives it a reminder to choose.
    connect(&m_userData, &UserDataService::plannedTimeChanged, this,
        [this](const QString &conference, const QString &session) {
            if (conference == m_conference.key && session == m_sessionKey)
                showBookmarkState(m_bookmark->isChecked());
        });

    m_keyPointView->setObjectName(QStringLiteral("keyPoints"));
    m_keyPointView->setModel(m_keyPoints);
    m_keyPointView->setWordWrap(true);
    m_keyPointView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_keyPointView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_keyPointView->setTabKeyNavigation(false);
    m_keyPointView->verticalHeader()->hide();
    m_keyPointView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_keyPointView->setShowGrid(false);
    m_keyPointView->setEditTriggers(QAbstractItemView::DoubleClicked
        | QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    m_keyPointView->horizontalHeader()->setSectionResizeMode(
        KeyPointModel::StarColumn, QHeaderView::ResizeToContents);
    m_keyPointView->horizontalHeader()->setSectionResizeMode(
        KeyPointModel::TextColumn, QHeaderView::Stretch);
    m_keyPointView->horizontalHeader()->setSectionResizeMode(
        KeyPointModel::CommentColumn, QHeaderView::Interactive);
    m_keyPointView->horizontalHeader()->setStretchLastSection(false);
    m_keyPointView->horizontalHeader()->resizeSection(KeyPointModel::CommentColumn, 150);
    m_keyPointView->setTextElideMode(Qt::ElideNone);
    m_keyPointsLabel->setBuddy(m_keyPointView);
    connect(m_addKeyPoint, &QPushButton::clicked, this, &SessionDetailsPane::addKeyPoint);
    connect(
        m_removeKeyPoint, &QPushButton::clicked, this, &SessionDetailsPane::removeSelectedKeyPoint);
    connect(m_keyPointView->selectionModel(), &QItemSelectionModel::currentChanged, this,
        &SessionDetailsPane::enableRemove);
    connect(m_keyPoints, &QAbstractItemModel::modelReset, this, &SessionDetailsPane::enableRemove);
    connect(m_keyPoints, &QAbstractItemModel::rowsRemoved, this, &SessionDetailsPane::enableRemove);
    enableRemove();

    auto *keyPointsBox = new QWidget(m_splitter);
    auto *keyPointsLayout = new QVBoxLayout(keyPointsBox);
    keyPointsLayout->setContentsMargins(0, 0, 0, 0);
    auto *header = new QHBoxLayout;
    header->addWidget(m_keyPointsLabel, 1);
    header->addWidget(m_addKeyPoint);
    header->addWidget(m_removeKeyPoint);
    keyPointsLayout->addLayout(header);
    keyPointsLayout->addWidget(m_keyPointView);
    m_splitter->addWidget(m_browser);
    m_splitter->addWidget(keyPointsBox);
    m_splitter->addWidget(m_notes);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setStretchFactor(2, 2);
    m_splitter->setObjectName(QStringLiteral("detailsSplitter"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *top = new QHBoxLayout;
    top->addWidget(m_bookmark);
    top->addSpacing(6);
    top->addWidget(m_reminder);
    top->addStretch(1);
    layout->addLayout(top);
    layout->addWidget(m_splitter, 1);
    // Tab reads the pane top to bottom, as it is laid out.
    setTabOrder(m_bookmark, m_reminder->comboBox());
    setTabOrder(m_reminder->comboBox(), m_browser);
    setTabOrder(m_browser, m_keyPointView);
    setTabOrder(m_keyPointView, m_addKeyPoint);
    setTabOrder(m_addKeyPoint, m_removeKeyPoint);
    setTabOrder(m_removeKeyPoint, m_notes->editor());
    retranslateUi();
    refresh();
}

void SessionDetailsPane::retranslateUi()
{
    m_keyPointsLabel->setText(tr("&Key points"));
    m_addKeyPoint->setText(tr("&Add Key Point…"));
    m_addKeyPoint->setToolTip(tr("Add a key point of your own to this session"));
    m_removeKeyPoint->setText(tr("Remove"));
    m_removeKeyPoint->setToolTip(tr("Remove the selected key point of your own"));
    m_removeKeyPoint->setAccessibleName(tr("Remove key point"));
    m_keyPointView->setAccessibleName(tr("Key points"));
    m_browser->setAccessibleName(tr("Session details"));
    showBookmarkState(m_bookmark->isChecked());
}

void SessionDetailsPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SessionDetailsPane::setConference(const QString &conferenceKey)
{
    m_conference = m_store.conference(conferenceKey).value_or(Conference());
    setSession(QString());
}

void SessionDetailsPane::setSession(const QString &sessionKey)
{
    m_sessionKey = sessionKey;
    m_session = sessionKey.isEmpty() ? std::nullopt : m_store.session(m_conference.key, sessionKey);
    m_notes->setSession(m_conference.key, m_session ? sessionKey : QString());
    m_keyPointActions->setSession(m_conference.key, m_session ? sessionKey : QString());
    if (m_session)
        m_keyPoints->setSession(m_conference.key, *m_session);
    else
        m_keyPoints->clear();
    refresh();
}

void SessionDetailsPane::setLanguage(Language language)
{
    m_language = language;
    m_keyPoints->setLanguage(language);
    refresh();
}

QString SessionDetailsPane::text() const
{
    return m_browser->toPlainText();
}

QString SessionDetailsPane::trackName(const QString &trackKey) const
{
    for (const Track &track : m_store.tracks(m_conference.key)) {
        if (track.key == trackKey)
            return track.name.text(m_language);
    }
    return {};
}

void SessionDetailsPane::refresh()
{
    const SessionHtml html(m_conference, m_language);
    const bool hasSession = m_session.has_value();
    m_browser->setHtml(hasSession ? html.render(*m_session, trackName(m_session->trackKey))
                                  : html.renderConference());
    m_bookmark->setVisible(hasSession);
    m_splitter->widget(1)->setVisible(hasSession);
    m_notes->setVisible(hasSession);
    if (hasSession) {
        m_reminder->setSession(m_conference.key, m_sessionKey);
        showBookmarkState(m_userData.store().isBookmarked(m_conference.key, m_sessionKey));
    } else {
        m_reminder->hide();
    }
}

void SessionDetailsPane::showBookmarkState(bool bookmarked)
{
    m_bookmark->setChecked(bookmarked);
    m_bookmark->setText(bookmarked ? tr("★ Bookmarked") : tr("☆ Bookmark"));
    m_bookmark->setToolTip(tr("Add to or remove from your schedule (Ctrl+D)"));
    m_bookmark->setAccessibleName(bookmarked ? tr("Bookmarked") : tr("Bookmark"));
    // A reminder is for a session in the user's schedule that has a time to remind of.
    m_reminder->setVisible(bookmarked && m_session
        && (m_session->time.kind() == SessionTime::Kind::Timed
            || m_userData.store().plannedTime(m_conference.key, m_sessionKey)));
}

void SessionDetailsPane::onBookmarkChanged(
    const QString &conference, const QString &session, bool bookmarked)
{
    if (conference == m_conference.key && session == m_sessionKey)
        showBookmarkState(bookmarked);
}

void SessionDetailsPane::onAnchorClicked(const QUrl &url)
{
    if (url.scheme() == QLatin1String("topic")) {
        const int i = url.path().toInt();
        if (m_session && i >= 0 && i < m_session->topics.size())
            emit topicActivated(m_session->topics.at(i).text(m_language));
        return;
    }
    if (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"))
        QDesktopServices::openUrl(url);
}

void SessionDetailsPane::setUndoStack(QUndoStack *undoStack)
{
    m_keyPointActions->setUndoStack(undoStack);
}

void SessionDetailsPane::addKeyPoint()
{
    if (!m_session)
        return;
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(this, tr("Add Key Point"),
        tr("A key point of your own for “%1”:").arg(m_session->title.text(m_language)), QString(),
        &ok);
    if (ok)
        m_keyPointActions->add(text);
}

void SessionDetailsPane::removeSelectedKeyPoint()
{
    m_keyPointActions->remove(m_keyPointView->currentIndex().row());
}

void SessionDetailsPane::enableRemove()
{
    m_removeKeyPoint->setEnabled(
        m_keyPointView->currentIndex().data(KeyPointModel::IsUserPointRole).toBool());
}

} // namespace planner
