#pragma once

#include "readresult.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace planner {

// Reads a session digest, the Markdown-like layout the bundled GTC 2025 programme
// is written in: a "# " conference title, then "# " tracks holding "## " sessions,
// each with an overview, key points and topics. Lenient about layout, strict
// about structure, so a mistyped file fails with a line number instead of
// importing half a programme.
class DigestReader
{
    Q_DECLARE_TR_FUNCTIONS(planner::DigestReader)

public:
    // `fileName` only labels errors; `bytes` are the whole file, UTF-8.
    ReadResult read(const QByteArray &bytes, const QString &fileName) const;
};

} // namespace planner
