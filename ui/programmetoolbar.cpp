#include "programmetoolbar.h"

#include <QComboBox>
#include <QEvent>
#include <QKeyEvent>
#include <QLineEdit>

namespace planner {

ProgrammeToolBar::ProgrammeToolBar(QWidget *parent)
    : QToolBar(parent)
    , m_conferences(new QComboBox(this))
    , m_search(new QLineEdit(this))
{
    setObjectName(QStringLiteral("mainToolBar"));
    setMovable(false);
    m_conferences->setObjectName(QStringLiteral("conferenceSwitcher"));
    m_conferencesAction = addWidget(m_conferences);
    connect(m_conferences, &QComboBox::activated, this,
        [this](int index) { emit conferenceChosen(m_conferences->itemData(index).toString()); });
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setMinimumWidth(240);
    m_search->installEventFilter(this);
    addWidget(m_search);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        enableClearButton(); // text set without the field ever focused
        emit searchChanged(text);
    });
    QWidget::setTabOrder(m_conferences, m_search);
    retranslateUi();
}

void ProgrammeToolBar::retranslateUi()
{
    setWindowTitle(tr("Toolbar"));
    m_search->setPlaceholderText(tr("Search sessions and notes (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search"));
    m_conferences->setAccessibleName(tr("Conference"));
}

void ProgrammeToolBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi(); // the lists are refilled by the window, in the new language
    QToolBar::changeEvent(event);
}

void ProgrammeToolBar::setConferences(
    const QList<ConferenceSummary> &conferences, const QString &current, Language language)
{
    m_conferences->clear();
    for (const ConferenceSummary &c : conferences)
        m_conferences->addItem(c.title.text(language), c.key);
    m_conferences->setCurrentIndex(m_conferences->findData(current));
    m_conferencesAction->setVisible(conferences.size() > 1);
}

void ProgrammeToolBar::enableClearButton()
{
    // Not at start: the style finds the button's icon through the desktop's
    // icon theme, a search of its folders that is a fifth of the window's build.
    // The button shows only over text,
    // and no text is typed before the field has the focus.
    if (!m_search->isClearButtonEnabled())
        m_search->setClearButtonEnabled(true);
}

bool ProgrammeToolBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::FocusIn)
        enableClearButton();
    if (watched != m_search || event->type() != QEvent::KeyPress)
        return QToolBar::eventFilter(watched, event);
    const int key = static_cast<QKeyEvent *>(event)->key();
    if (key == Qt::Key_Escape && !m_search->text().isEmpty()) {
        m_search->clear();
        return true;
    }
    if (key == Qt::Key_Down || key == Qt::Key_Return || key == Qt::Key_Enter) {
        emit resultsRequested();
        return true;
    }
    return QToolBar::eventFilter(watched, event);
}

} // namespace planner
