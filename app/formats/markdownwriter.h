#pragma once

#include "agenda.h"
#include "exportoptions.h"

#include <QByteArray>
#include <QCoreApplication>

namespace planner {

class AgendaText;

// Writes an agenda as CommonMark to read: a heading per day and per session, its
// when, where and who on one line, its texts as paragraphs, key points as a list
// with the user's stars and comments, notes as a quote. Every text from a
// programme or the user is escaped, so none of it can become markup, and only web
// and mail links are written. (DigestWriter writes the layout this program reads back.)
class MarkdownWriter
{
    Q_DECLARE_TR_FUNCTIONS(planner::MarkdownWriter)

public:
    explicit MarkdownWriter(const ExportOptions &options);

    QByteArray write(const Agenda &agenda) const;

    // Text inside a line: every character CommonMark could read as markup
    // (emphasis, links, code, HTML, entities, tables) is backslash-escaped.
    static QString escapeInline(const QString &text);
    // A whole line: escapeInline, and what would open a block at its start
    // (a list item, quote, heading or ordered list) escaped too.
    static QString escapeLine(const QString &line);

private:
    QString header(const AgendaText &text, const Agenda &agenda) const;
    QString session(const AgendaText &text, const AgendaItem &item) const;
    QString facts(const AgendaText &text, const AgendaItem &item) const;
    QString keyPoints(const AgendaText &text, const AgendaItem &item) const;
    QString links(const AgendaItem &item) const;
    QString notes(const AgendaItem &item) const;

    ExportOptions m_options;
};

} // namespace planner
