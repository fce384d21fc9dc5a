#include "conferencezonedialog.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStringListModel>
#include <QVBoxLayout>

namespace planner {

namespace {

// "UTC+08:00" now, with the offset where daylight saving time moves it.
QString offsetText(const QTimeZone &zone)
{
    return zone.displayName(QDateTime::currentDateTimeUtc(), QTimeZone::OffsetName);
}

} // namespace

ConferenceZoneDialog::ConferenceZoneDialog(const QString &conferenceTitle,
    const QTimeZone &current, const QStringList &zoneIds, QWidget *parent)
    : QDialog(parent)
    , m_zones(new QStringListModel(zoneIds, this))
    , m_shown(new QSortFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_list(new QListView(this))
    , m_choice(new QLabel(this))
{
    setWindowTitle(tr("Conference Time Zone"));
    m_shown->setSourceModel(m_zones);
    m_shown->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_list->setModel(m_shown);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setAccessibleName(tr("Time zones"));
    m_filter->setPlaceholderText(tr("Search, e.g. Taipei or New York"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Search time zones"));
    // Up and Down in the search move in the list, as in the window's search.
    m_filter->installEventFilter(this);
    auto *intro = new QLabel(tr("The zone %1's times are shown in. Times its programme "
                                "gives as a wall clock keep their clock time in the new zone; "
                                "exact times keep their moment. Later imports of the "
                                "programme keep your choice.")
                                 .arg(conferenceTitle),
        this);
    intro->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_filter, &QLineEdit::textChanged, this, &ConferenceZoneDialog::narrow);
    connect(m_list, &QListView::activated, this, &QDialog::accept);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, [this, buttons] {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!chosenZone().isEmpty());
        showChoice();
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_filter);
    layout->addWidget(m_list);
    layout->addWidget(m_choice);
    layout->addWidget(buttons);
    select(QString::fromUtf8(current.id()));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(!chosenZone().isEmpty());
    showChoice();
    m_filter->setFocus();
}

QString ConferenceZoneDialog::chosenZone() const
{
    return m_list->currentIndex().data().toString();
}

void ConferenceZoneDialog::narrow(const QString &text)
{
    // People write "New York"; the database writes "New_York".
    QString pattern = text.trimmed();
    pattern.replace(u' ', u'_');
    const QString before = chosenZone();
    m_shown->setFilterFixedString(pattern);
    select(before);
    if (!m_list->currentIndex().isValid() && m_shown->rowCount() > 0)
        m_list->setCurrentIndex(m_shown->index(0, 0));
}

void ConferenceZoneDialog::select(const QString &zoneId)
{
    const int row = m_zones->stringList().indexOf(zoneId);
    const QModelIndex shown = row < 0 ? QModelIndex() : m_shown->mapFromSource(m_zones->index(row));
    m_list->setCurrentIndex(shown);
    if (shown.isValid())
        m_list->scrollTo(shown, QAbstractItemView::PositionAtCenter);
}

void ConferenceZoneDialog::showChoice()
{
    const QString id = chosenZone();
    m_choice->setText(id.isEmpty()
            ? tr("No zone matches.")
            : tr("%1 (%2 now)").arg(id, offsetText(QTimeZone(id.toUtf8()))));
}

bool ConferenceZoneDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Up || key == Qt::Key_Down || key == Qt::Key_PageUp
            || key == Qt::Key_PageDown) {
            QCoreApplication::sendEvent(m_list, event);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace planner
