#include "backupcommand.h"

#include "commandline.h"
#include "exportfile.h"
#include "userdatabackup.h"
#include "userdatajson.h"
#include "userdatasummary.h"

#include <QTextStream>

namespace planner {

BackupCommand::BackupCommand(
    Database &database, Language language, QTextStream &out, QTextStream &err)
    : m_database(database)
    , m_language(language)
    , m_out(out)
    , m_err(err)
{
}

int BackupCommand::backUp(const QString &output, const QStringList &extra)
{
    if (!extra.isEmpty())
        return CommandLine::usageError(
            m_err, tr("backup takes no arguments; name the file with -o FILE"));
    const UserDataSnapshot snapshot = UserDataBackup(m_database).collect();
    const QByteArray bytes = UserDataJson::write(snapshot);
    if (output.isEmpty()) {
        // The document is the data: nothing else may go to stdout.
        m_out << QString::fromUtf8(bytes);
        return CommandLine::Success;
    }
    if (const std::optional<QString> error = ExportFile::write(output, bytes))
        return CommandLine::failure(m_err, *error);
    m_out << UserDataSummary(m_language).backupText(snapshot, output);
    return CommandLine::Success;
}

int BackupCommand::restore(const QStringList &arguments, bool overwriteNewer)
{
    if (arguments.size() != 1)
        return CommandLine::usageError(m_err, tr("restore takes exactly one file"));
    const UserDataReadResult read = UserDataJson().readFile(arguments.first());
    if (!read.ok())
        return CommandLine::failure(m_err, read.error->toString());
    RestoreReport report;
    const StoreStatus status = UserDataBackup(m_database)
                                   .restore(read.data,
                                       overwriteNewer ? UserDataBackup::OverwriteNewerLocal
                                                      : UserDataBackup::KeepNewerLocal,
                                       &report);
    if (!status.ok())
        return CommandLine::failure(m_err, tr("nothing was restored: %1").arg(status.error));
    m_out << UserDataSummary(m_language).restoreText(report);
    if (!report.conflicts.isEmpty() && !report.conflictsOverwritten)
        m_out << tr("To take the backup's versions of these, restore again with "
                    "--overwrite-newer.")
              << Qt::endl;
    return CommandLine::Success;
}

// The same wording as the rest of the command line, so it shares its translations.
} // namespace planner
