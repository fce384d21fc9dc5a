#include "exportnotice.h"

#include <QDesktopServices>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStatusBar>
#include <QTimer>
#include <QUrl>

namespace planner {

namespace {

// Long enough to read the sentence and reach for a button.
constexpr int shownMilliseconds = 30000;

} // namespace

ExportNotice::ExportNotice(const QString &path, const QString &summary, QWidget *parent)
    : QWidget(parent)
    , m_path(path)
    , m_text(new QLabel(summary, this))
    , m_open(new QPushButton(this))
    , m_folder(new QPushButton(this))
{
    setObjectName(QStringLiteral("exportNotice"));
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(false);
    // A long list of left-out sessions must not widen the window: the label gives
    // way, and its tooltip has the whole sentence.
    m_text->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_text->setToolTip(summary);
    for (QPushButton *button : { m_open, m_folder })
        button->setFlat(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_open);
    layout->addWidget(m_folder);
    connect(m_open, &QPushButton::clicked, this,
        [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_path)); });
    connect(m_folder, &QPushButton::clicked, this, [this] {
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(m_path).absolutePath()));
    });
    QTimer::singleShot(shownMilliseconds, this, &QObject::deleteLater);
    retranslateUi();
}

ExportNotice *ExportNotice::show(QStatusBar *bar, const QString &path, const QString &summary)
{
    if (auto *previous = bar->findChild<ExportNotice *>(QStringLiteral("exportNotice")))
        delete previous;
    auto *notice = new ExportNotice(path, summary, bar);
    bar->addPermanentWidget(notice, 1);
    notice->QWidget::show();
    return notice;
}

QString ExportNotice::text() const
{
    return m_text->text();
}

void ExportNotice::retranslateUi()
{
    m_open->setText(tr("Open"));
    m_open->setAccessibleName(tr("Open the exported file"));
    m_folder->setText(tr("Show in Folder"));
    m_folder->setAccessibleName(tr("Open the folder of the exported file"));
}

void ExportNotice::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace planner
