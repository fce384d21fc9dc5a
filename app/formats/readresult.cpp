#include "readresult.h"

namespace planner {

QString ReadError::toString() const
{
    QString where = file.isEmpty() ? QStringLiteral("<input>") : file;
    if (line > 0) {
        where += u':' + QString::number(line);
        if (column > 0)
            where += u':' + QString::number(column);
    } else if (offset >= 0) {
        where += QStringLiteral(":@") + QString::number(offset);
    }
    return where + QStringLiteral(": ") + message;
}

} // namespace planner
