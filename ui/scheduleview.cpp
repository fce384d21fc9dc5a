#include "scheduleview.h"

#include "cachedtextdelegate.h"
#include "changebadge.h"
#include "plantimedialog.h"
#include "schedulemodel.h"
#include "userdataservice.h"
#include "userdatastore.h"

#include <QEvent>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QStackedWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace planner {

namespace {

// Clashes are flagged with a pale background; on a dark palette its light text would
// vanish, so text on a coloured row takes the colour that contrasts with it. The
// texts are kept laid out: every bookmark toggle repaints the whole schedule, and
// shaping each of its texts again made a toggle cost more with each bookmark.
// A session's room, and whether it has a note or starred points, are written under
// its time, so that the title has the width of a narrow pane to wrap in.
class ContrastDelegate : public CachedTextDelegate
{
public:
    using CachedTextDelegate::CachedTextDelegate;

    // A title as tall as its lines at the column's width: QTreeView asks for the
    // size without the width it will give.
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = CachedTextDelegate::sizeHint(option, index);
        const auto *view = qobject_cast<const QTreeView *>(option.widget);
        if (!view || index.column() != ScheduleModel::TitleColumn)
            return size;
        QStyleOptionViewItem cell = option;
        initStyleOption(&cell, index);
        const int margin = 2 * (view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 1);
        const int width = view->columnWidth(ScheduleModel::TitleColumn) - margin
            - ChangeBadge::widthInCell(cell, index, ScheduleModel::ChangeKindRole);
        if (width <= 0)
            return size;
        // Measured once per title and width: every bookmark toggle lays out all rows.
        const QString key = QString::number(width) + u'\x1f' + cell.text;
        int height = m_heights.value(key, -1);
        if (height < 0) {
            height = cell.fontMetrics
                         .boundingRect(QRect(0, 0, width, 100000), Qt::TextWordWrap, cell.text)
                         .height();
            if (m_heights.size() > 2000)
                m_heights.clear();
            m_heights.insert(key, height);
        }
        size.setHeight(qMax(size.height(), height + margin));
        return size;
    }

    // A session changed since the user last looked: its badge before its title.
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override
    {
        if (index.column() != ScheduleModel::TitleColumn
            || !index.data(ScheduleModel::ChangeKindRole).isValid()) {
            CachedTextDelegate::paint(painter, option, index);
            return;
        }
        QStyleOptionViewItem cell = option;
        initStyleOption(&cell, index);
        QStyleOptionViewItem rest = option;
        rest.rect = ChangeBadge::paintInCell(painter, cell, index, ScheduleModel::ChangeKindRole);
        CachedTextDelegate::paint(painter, rest, index);
    }

private:
    mutable QHash<QString, int> m_heights; // wrapped titles' heights, by width and text

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        CachedTextDelegate::initStyleOption(option, index);
        // A wrapped title's row reads from its top line, its time beside it.
        option->displayAlignment = Qt::AlignLeading | Qt::AlignTop;
        if (index.column() == ScheduleModel::TimeColumn) {
            QStringList under;
            for (const int column : { ScheduleModel::RoomColumn, ScheduleModel::MarksColumn }) {
                const QString text = index.siblingAtColumn(column).data().toString();
                if (!text.isEmpty())
                    under.append(text);
            }
            if (!under.isEmpty())
                option->text += QChar(QChar::LineSeparator) + under.join(QStringLiteral(" · "));
        }
        const QVariant background = index.data(Qt::BackgroundRole);
        if (!background.isValid() || index.data(Qt::ForegroundRole).isValid())
            return;
        const QColor colour = background.value<QBrush>().color();
        option->palette.setColor(
            QPalette::Text, colour.lightness() > 128 ? QColor(Qt::black) : QColor(Qt::white));
    }
};

} // namespace

ScheduleView::ScheduleView(ScheduleModel &model, UserDataService &userData, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_userData(userData)
    , m_stack(new QStackedWidget(this))
    , m_empty(new QLabel(this))
    , m_tree(new QTreeView(this))
{
    m_tree->setObjectName(QStringLiteral("scheduleTree"));
    m_tree->setModel(&m_model);
    m_tree->setItemDelegate(new ContrastDelegate(m_tree));
    // Rows as tall as their titles: a schedule holds a few dozen, and every title
    // is read whole.
    m_tree->setWordWrap(true);
    m_tree->setIndentation(m_tree->indentation() / 2); // the days are headings, not a hierarchy
    m_tree->setAllColumnsShowFocus(true);
    m_tree->setExpandsOnDoubleClick(false);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(
        ScheduleModel::TimeColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(ScheduleModel::TitleColumn, QHeaderView::Stretch);
    m_tree->setColumnHidden(ScheduleModel::RoomColumn, true); // under the time
    m_tree->setColumnHidden(ScheduleModel::MarksColumn, true);
    // A narrower title wraps onto more lines: the rows' heights follow the pane.
    connect(m_tree->header(), &QHeaderView::sectionResized, m_tree, [this](int column) {
        if (column == ScheduleModel::TitleColumn)
            m_tree->doItemsLayout();
    });
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setMargin(12);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_tree);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_tree, &QTreeView::activated, this, [this](const QModelIndex &index) {
        const QString key = index.data(ScheduleModel::SessionKeyRole).toString();
        if (!key.isEmpty())
            emit sessionActivated(key);
    });
    connect(m_tree, &QTreeView::customContextMenuRequested, this, &ScheduleView::showContextMenu);
    // New groups arrive collapsed; a schedule is read whole.
    connect(&m_model, &QAbstractItemModel::rowsInserted, this,
        [this](const QModelIndex &parent, int first, int last) {
            if (!parent.isValid()) {
                for (int row = first; row <= last; ++row)
                    m_tree->expand(m_model.index(row, 0));
            }
            updateEmptyState();
        });
    connect(&m_model, &QAbstractItemModel::rowsRemoved, this, &ScheduleView::updateEmptyState);
    connect(&m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_tree->expandAll();
        updateEmptyState();
    });
    retranslateUi();
    updateEmptyState();
}

void ScheduleView::retranslateUi()
{
    m_empty->setText(tr("No bookmarks yet.\n\nSelect a session and press Ctrl+D (or click its ☆) "
                        "to add it to your schedule."));
    m_tree->setAccessibleName(tr("Your schedule"));
}

void ScheduleView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ScheduleView::setConference(
    const QString &conferenceKey, const QTimeZone &zone, const QDate &firstDay)
{
    m_conferenceKey = conferenceKey;
    m_zone = zone.isValid() ? zone : QTimeZone::utc();
    m_firstDay = firstDay;
    m_model.setConference(conferenceKey);
}

bool ScheduleView::isShowingEmptyState() const
{
    return m_stack->currentWidget() == m_empty;
}

void ScheduleView::updateEmptyState()
{
    m_stack->setCurrentWidget(m_model.rowCount() == 0 ? static_cast<QWidget *>(m_empty) : m_tree);
}

void ScheduleView::selectSession(const QString &sessionKey)
{
    const QModelIndex index = m_model.indexOfSession(sessionKey);
    if (index.isValid())
        m_tree->setCurrentIndex(index);
}

void ScheduleView::focusSession(const QString &preferred)
{
    selectSession(preferred);
    for (int g = 0; g < m_model.rowCount() && selectedKey().isEmpty(); ++g) {
        const QModelIndex day = m_model.index(g, 0);
        for (int i = 0; i < m_model.rowCount(day) && selectedKey().isEmpty(); ++i) {
            if (!m_model.index(i, 0, day).data(ScheduleModel::SessionKeyRole).toString().isEmpty())
                m_tree->setCurrentIndex(m_model.index(i, 0, day));
        }
    }
    m_tree->setFocus(Qt::ShortcutFocusReason);
}

QString ScheduleView::selectedKey() const
{
    return m_tree->currentIndex().data(ScheduleModel::SessionKeyRole).toString();
}

void ScheduleView::showContextMenu(const QPoint &position)
{
    const QModelIndex current = m_tree->currentIndex();
    const QDateTime start = current.data(ScheduleModel::StartRole).toDateTime();
    const QDateTime end = current.data(ScheduleModel::EndRole).toDateTime();
    const QString key = selectedKey();
    QMenu menu(this);
    if (start.isValid() && key.isEmpty()) {
        menu.addAction(tr("What &Fits in This Gap?"), this,
            [this, start, end] { emit gapFillRequested(start, end.isValid() ? end : start); });
        menu.addAction(tr("Show Sessions in This &Gap"), this,
            [this, start, end] { emit sameTimeRequested(start, end.isValid() ? end : start); });
    } else if (start.isValid()) {
        menu.addAction(tr("Show Sessions at This &Time"), this,
            [this, start, end] { emit sameTimeRequested(start, end.isValid() ? end : start); });
    }
    const QStringList clashing = current.data(ScheduleModel::ClashKeysRole).toStringList();
    if (!clashing.isEmpty()) {
        menu.addAction(tr("&Keep This One, Remove %n Clashing", "", int(clashing.size())), this,
            [this, key, clashing] { emit keepOnlyRequested(key, clashing); });
    }
    if (key.isEmpty()) {
        if (!menu.isEmpty())
            menu.exec(m_tree->viewport()->mapToGlobal(position));
        return;
    }
    if (!menu.isEmpty())
        menu.addSeparator();
    const bool planned = m_tree->currentIndex().data(ScheduleModel::PlannedRole).toBool();
    if (m_tree->currentIndex().data(ScheduleModel::OnDemandRole).toBool()) {
        menu.addAction(tr("&Plan a Time…"), this, &ScheduleView::planSelectedSession);
        if (planned)
            menu.addAction(
                tr("&Clear Planned Time"), this, &ScheduleView::clearPlanOfSelectedSession);
    }
    menu.addAction(tr("&Remove Bookmark"), this,
        [this, key] { m_userData.setBookmarked(m_conferenceKey, key, false); });
    menu.exec(m_tree->viewport()->mapToGlobal(position));
}

void ScheduleView::planSelectedSession()
{
    const QString key = selectedKey();
    if (key.isEmpty())
        return;
    const auto current = m_userData.store().plannedTime(m_conferenceKey, key);
    const QDateTime suggested = current
        ? current->first
        : QDateTime(m_firstDay.isValid() ? m_firstDay : QDate::currentDate(), QTime(9, 0), m_zone);
    PlanTimeDialog dialog(
        m_tree->currentIndex().siblingAtColumn(ScheduleModel::TitleColumn).data().toString(),
        m_zone, suggested, this);
    if (dialog.exec() == QDialog::Accepted)
        m_userData.setPlannedTime(m_conferenceKey, key, dialog.start(), dialog.end());
}

void ScheduleView::clearPlanOfSelectedSession()
{
    const QString key = selectedKey();
    if (!key.isEmpty())
        m_userData.setPlannedTime(m_conferenceKey, key, {}, {});
}

} // namespace planner
