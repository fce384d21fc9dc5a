#pragma once

#include "language.h"

#include <QObject>

class QPrinter;
class QWidget;

namespace planner {

class Database;
struct Agenda;

// File → Print Agenda…: the bookmarked sessions (the whole programme when none
// is) in a print preview, printed through the system's print dialog. The pages are
// AgendaPrintout's, the same as the PDF's; notes go along as the last export chose.
class AgendaPrintFlow : public QObject
{
    Q_OBJECT

public:
    AgendaPrintFlow(Database &database, QWidget *window);

    void setLanguage(Language language) { m_language = language; }
    // Opens the preview of the agenda of `conferenceKey`.
    void printAgenda(const QString &conferenceKey);
    // Paints the agenda on `printer`'s pages, as the preview and the print do; the
    // number of pages, 0 when the printer refused.
    int paint(const Agenda &agenda, QPrinter &printer) const;

private:
    Database &m_database;
    QWidget *m_window;
    Language m_language = Language::English;
};

} // namespace planner
