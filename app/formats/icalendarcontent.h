#pragma once

#include "fieldlimit.h"
#include "readresult.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

#include <functional>

namespace planner {

// A content line's parameters: a few at most, so a list (a QHash of one entry
// takes two kilobytes, hundreds of megabytes over a large calendar).
class ContentParameters
{
public:
    using Parameter = std::pair<QString, QString>;

    // Sets `name` to `value`; a name given twice keeps the last value.
    void insert(const QString &name, const QString &value);
    // Empty when the line has no such parameter.
    QString value(const QString &name) const;
    bool contains(const QString &name) const;
    QList<Parameter>::const_iterator begin() const { return m_parameters.cbegin(); }
    QList<Parameter>::const_iterator end() const { return m_parameters.cend(); }

private:
    QList<Parameter> m_parameters;
};

// One unfolded iCalendar content line: NAME;PARAM=value:VALUE.
struct ContentLine
{
    QString name; // upper case
    ContentParameters parameters; // names upper case, values unquoted
    QString value; // as written: TEXT values still escaped
    qint64 line = 0; // the physical line it starts on, 1-based
    // Its bytes in what was parsed, folds included: [offset, end).
    qsizetype offset = 0;
    qsizetype end = 0;
    // The value's length in bytes as written, when it was longer than the limit
    // and `value` holds only its start (see FieldLimit); else 0.
    qint64 bytesWritten = 0;
};

// The syntax layer of RFC 5545: unfolds lines at the byte level (a fold may
// split a multi-byte UTF-8 character, so decoding comes after), checks the
// bytes are UTF-8 without NULs, and splits each line into name, parameters
// and value.
class ICalendarContent
{
    Q_DECLARE_TR_FUNCTIONS(planner::ICalendarContent)

public:
    // The content lines, or nullopt with `error` filled in. Values longer than
    // `fieldLimit` bytes are cut (ContentLine::bytesWritten).
    static std::optional<QList<ContentLine>> parse(const QByteArray &bytes,
        const QString &fileName, ReadError *error, qsizetype fieldLimit = FieldLimit::defaultBytes);
    // The same, each line handed to `take` as it is read, so that no list of them
    // all is held; false, with `error` filled in, at the first line that is not one.
    static bool parse(const QByteArray &bytes, const QString &fileName, ReadError *error,
        qsizetype fieldLimit, const std::function<void(ContentLine &&)> &take);

    // Undoes TEXT escaping: "\n" and "\N" to line breaks, "\," "\;" "\\".
    static QString unescapeText(const QString &text);
    // Splits a TEXT list ("a,b\,c") on unescaped commas, unescaping each item.
    static QStringList splitTextList(const QString &text);
};

} // namespace planner
