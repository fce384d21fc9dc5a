#include "exportfile.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace planner {

std::optional<QString> ExportFile::write(const QString &path, const QByteArray &bytes)
{
    const QString shown = QDir::toNativeSeparators(path);
    if (path.isEmpty())
        return tr("Cannot export: no file name was given.");
    // QSaveFile would only fail at the final rename; say plainly what is wrong.
    if (QFileInfo(path).isDir())
        return tr("Cannot write %1: it is a folder, not a file.").arg(shown);
    const QFileInfo folder(QFileInfo(path).absolutePath());
    if (!folder.isDir())
        return tr("Cannot write %1: the folder %2 does not exist.")
            .arg(shown, QDir::toNativeSeparators(folder.filePath()));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("Cannot write %1: %2").arg(shown, file.errorString());
    if (file.write(bytes) != bytes.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return tr("Cannot write %1: %2").arg(shown, reason);
    }
    if (!file.commit())
        return tr("Cannot write %1: %2").arg(shown, file.errorString());
    return std::nullopt;
}

} // namespace planner
