#pragma once

#include "agenda.h"
#include "exportoptions.h"

#include <QCoreApplication>
#include <QList>
#include <QPageSize>
#include <QRawFont>
#include <QRectF>
#include <QString>

#include <memory>
#include <vector>

class QLocale;
class QPagedPaintDevice;
class QPainter;
class QTextDocument;

namespace planner {

// The agenda laid out on pages, as a printed conference booklet: each session is
// kept on one page where it fits, a day's heading stays with its first session,
// and each page has a footer with the title and page number. Paints on any paged
// device, so the PDF and the printer get the same pages. Needs a QGuiApplication.
class AgendaPrintout
{
    Q_DECLARE_TR_FUNCTIONS(planner::AgendaPrintout)

public:
    AgendaPrintout(const Agenda &agenda, const ExportOptions &options);
    ~AgendaPrintout();

    // Paints every page on `device`, whose page layout is already set; false when
    // painting could not start (a printer that refused).
    bool print(QPagedPaintDevice &device);
    // The pages the last print() made.
    int pageCount() const { return m_pageCount; }
    // The text the pages show, in the order painted, footers last.
    QString plainText() const;
    // The same without the footers.
    QString bodyText() const;

    // The faces the pages are set in, regular and bold, Latin, Chinese and emoji.
    static QList<QRawFont> fonts();

    // The paper for `options`: the choice, else the one the export language's
    // country uses (A4 for Taiwan; for English, the system's when it is English).
    static QPageSize pageSize(const ExportOptions &options, const QLocale &system);
    // Letter where it is the norm (the United States, Canada, Mexico...), A4 elsewhere.
    static QPageSize pageSizeFor(const QLocale &locale);

private:
    struct Block;
    struct Placement;

    void build(const Agenda &agenda);
    void addBlock(const QString &html);
    std::vector<Placement> paginate(QPagedPaintDevice &device, qreal width, qreal height);
    void paintFooter(QPainter &painter, const QRectF &area, int page) const;

    ExportOptions m_options;
    QString m_title;
    std::vector<std::unique_ptr<Block>> m_blocks;
    int m_pageCount = 0;
};

} // namespace planner
