#include "agendaprintflow.h"

#include "agendabuilder.h"
#include "agendaprintout.h"
#include "preferences.h"

#include <QLocale>
#include <QPrintPreviewDialog>
#include <QPrinter>

namespace planner {

AgendaPrintFlow::AgendaPrintFlow(Database &database, QWidget *window)
    : QObject(window)
    , m_database(database)
    , m_window(window)
{
}

int AgendaPrintFlow::paint(const Agenda &agenda, QPrinter &printer) const
{
    ExportOptions options;
    options.language = m_language;
    options.withNotes = Preferences().exportChoices().withNotes;
    AgendaPrintout printout(agenda, options);
    return printout.print(printer) ? printout.pageCount() : 0;
}

void AgendaPrintFlow::printAgenda(const QString &conferenceKey)
{
    AgendaBuilder builder(m_database);
    Agenda agenda = builder.build(conferenceKey, AgendaScope::Bookmarked);
    if (agenda.items.isEmpty())
        agenda = builder.build(conferenceKey, AgendaScope::WholeProgramme);
    QPrinter printer(QPrinter::HighResolution);
    ExportOptions paper;
    paper.language = m_language;
    printer.setPageSize(AgendaPrintout::pageSize(paper, QLocale::system()));
    printer.setPageMargins(QMarginsF(18, 16, 18, 14), QPageLayout::Millimeter);
    printer.setDocName(agenda.conference.title.text(m_language));
    QPrintPreviewDialog preview(&printer, m_window);
    preview.setWindowTitle(tr("Print Agenda"));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this,
        [this, &agenda](QPrinter *target) { paint(agenda, *target); });
    preview.exec();
}

} // namespace planner
