#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <optional>

namespace planner {

// Saves an export: the whole file or nothing, never a half-written one, since
// QSaveFile writes beside the target and renames only once all is written.
class ExportFile
{
    Q_DECLARE_TR_FUNCTIONS(planner::ExportFile)

public:
    // Returns a translated message naming `path` when the file could not be written.
    static std::optional<QString> write(const QString &path, const QByteArray &bytes);
};

} // namespace planner
