#include "changesdialog.h"

#include "changetext.h"
#include "programmestore.h"
#include "sessionchangestore.h"
#include "timeformatter.h"
#include "userdatastore.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace planner {

namespace {

enum Column { KindColumn, SessionColumn, BeforeColumn, NowColumn };
constexpr int SessionKeyRole = Qt::UserRole + 1;

} // namespace

ChangesDialog::ChangesDialog(
    Database &database, const QString &conferenceKey, Language language, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
    , m_conferenceKey(conferenceKey)
    , m_language(language)
    , m_intro(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
    , m_markSeen(m_buttons->addButton(tr("&Mark All as Seen"), QDialogButtonBox::ActionRole))
{
    setObjectName(QStringLiteral("changesDialog"));
    setWindowTitle(tr("Programme Changes"));
    m_list->setObjectName(QStringLiteral("changeList"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({ tr("Change"), tr("Session"), tr("Before"), tr("Now") });
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_intro->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_list);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_markSeen, &QPushButton::clicked, this, &ChangesDialog::markAllSeen);
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        emit sessionChosen(item->data(SessionColumn, SessionKeyRole).toString());
    });
    resize(760, 420);
    fill();
}

int ChangesDialog::changeCount() const
{
    return m_list->topLevelItemCount();
}

void ChangesDialog::fill()
{
    m_list->clear();
    ProgrammeStore programme(m_database);
    const std::optional<Conference> conference = programme.conference(m_conferenceKey);
    const TimeFormatter formatter(
        localeOf(m_language), conference ? conference->zone() : QTimeZone::utc());
    QHash<QString, SessionRow> rows;
    for (const SessionRow &row : programme.sessionRows(m_conferenceKey))
        rows.insert(row.key, row);
    const QStringList bookmarks = UserDataStore(m_database).bookmarks(m_conferenceKey);
    QList<QTreeWidgetItem *> marked, others;
    for (const SessionChange &change : SessionChangeStore(m_database).changes(m_conferenceKey)) {
        const SessionRow now = rows.value(change.sessionKey);
        const bool bookmarked = bookmarks.contains(change.sessionKey);
        const ChangeText::Now shown { now.time, now.room, now.title };
        const QString title = now.title.text(m_language);
        auto *item = new QTreeWidgetItem(
            { ChangeText::badge(change.kind), bookmarked ? tr("★ %1").arg(title) : title,
                ChangeText::before(change, formatter, m_language),
                ChangeText::now(change, shown, formatter, m_language) });
        item->setToolTip(
            SessionColumn, ChangeText::description(change, shown, formatter, m_language));
        item->setData(SessionColumn, SessionKeyRole, change.sessionKey);
        (bookmarked ? marked : others).append(item);
    }
    m_list->addTopLevelItems(marked + others);
    m_markSeen->setEnabled(changeCount() > 0);
    m_intro->setText(changeCount() == 0
            ? tr("Nothing has changed in the programme since you last looked.")
            : tr("%n session(s) changed since you last looked. Your bookmarks come first "
                 "(★).",
                "", changeCount()));
}

void ChangesDialog::markAllSeen()
{
    const StoreStatus status = SessionChangeStore(m_database).markAllSeen(m_conferenceKey);
    if (!status.ok()) {
        QMessageBox::warning(this, tr("Programme Changes"), status.error);
        return;
    }
    fill();
    emit markedSeen();
}

} // namespace planner
