#include "databasestartup.h"

#include "bundledconference.h"
#include "damageddatabase.h"

#include <QMessageBox>

namespace planner {

namespace {

StoreStatus setAsideAndReopen(
    Database &database, const QString &path, const StoreStatus &damage, QString *backupPath)
{
    const StoreStatus moved = DamagedDatabase::setAside(path, backupPath);
    if (!moved.ok())
        return StoreStatus::failure(damage.error + QStringLiteral("\n\n") + moved.error);
    return database.open(path);
}

} // namespace

bool DatabaseStartup::open(Database &database, const QString &path, QWidget *parent)
{
    StoreStatus status = database.open(path);
    if (status.ok())
        status = database.checkIntegrity();
    QString backupPath;
    const StoreStatus damage = status;
    if (status.damaged)
        status = setAsideAndReopen(database, path, damage, &backupPath);
    if (status.ok())
        status = BundledConference::ensureImported(database);
    if (!status.ok()) {
        QMessageBox::critical(parent, tr("Conference Planner"), status.error);
        return false;
    }
    if (!backupPath.isEmpty()) {
        QMessageBox box(QMessageBox::Warning, tr("Damaged Database Set Aside"),
            tr("The planner's database %1 is damaged and cannot be read.").arg(path),
            QMessageBox::Ok, parent);
        box.setInformativeText(
            tr("It has been moved to %1 and kept, not deleted. The planner starts with a fresh "
               "database. If you backed up your notes and bookmarks, restore them from the File "
               "menu.")
                .arg(backupPath));
        box.setDetailedText(damage.error); // what SQLite found, for whoever recovers the file
        box.exec();
    }
    return true;
}

} // namespace planner
