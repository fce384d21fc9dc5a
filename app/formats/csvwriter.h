#pragma once

#include "agenda.h"
#include "exportoptions.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

namespace planner {

class AgendaText;

// Writes an agenda as CSV (RFC 4180) for spreadsheets: UTF-8 with a byte order
// mark so Excel detects the encoding, CRLF line ends, one row per session.
class CsvWriter
{
    Q_DECLARE_TR_FUNCTIONS(planner::CsvWriter)

public:
    explicit CsvWriter(const ExportOptions &options);

    QByteArray write(const Agenda &agenda) const;

    // One cell: a value a spreadsheet would run as a formula (starting with '=',
    // '+', '-', '@', tab or CR) gets a leading apostrophe; quoted when it holds a
    // quote, comma or line break.
    static QString cell(const QString &value);

private:
    QStringList header() const;
    QStringList row(const AgendaText &text, const Agenda &agenda, const AgendaItem &item) const;

    ExportOptions m_options;
};

} // namespace planner
