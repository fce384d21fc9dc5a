// Peak memory of an import, as the whole `conference-planner import` process
// takes it: each file is imported into a fresh database by a child process,
// whose peak resident size the kernel reports when it ends (wait4).
//
//   bench_memory --planner PATH NAME=FILE...
//
// prints, per file, RESULT memory_NAME <peak> MB and RESULT memory_NAME_budget
// <4 x the file + 64> MB, the bound an import is held to.

#include "benchutil.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QStringList>
#include <QTemporaryDir>

#include <cstdio>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {

// The peak resident size of `argv` run to its end, in MB; negative on failure.
double peakMb(const QStringList &arguments)
{
    std::vector<QByteArray> words;
    for (const QString &argument : arguments)
        words.push_back(argument.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &word : words)
        argv.push_back(word.data());
    argv.push_back(nullptr);
    const pid_t child = fork();
    if (child < 0)
        return -1;
    if (child == 0) {
        freopen("/dev/null", "w", stdout);
        execv(argv[0], argv.data());
        _exit(127);
    }
    int status = 0;
    rusage usage {};
    if (wait4(child, &status, 0, &usage) != child || !WIFEXITED(status)
        || WEXITSTATUS(status) != 0)
        return -1;
    return double(usage.ru_maxrss) / 1024.0; // kB on Linux
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    QStringList arguments = application.arguments().mid(1);
    QString planner;
    if (arguments.size() >= 2 && arguments.first() == QLatin1String("--planner")) {
        planner = arguments.at(1);
        arguments = arguments.mid(2);
    }
    if (planner.isEmpty() || arguments.isEmpty()) {
        std::fprintf(stderr, "usage: bench_memory --planner PATH NAME=FILE...\n");
        return 2;
    }
    QTemporaryDir work;
    int failures = 0;
    for (const QString &argument : std::as_const(arguments)) {
        const QString name = argument.section(u'=', 0, 0);
        const QString file = argument.section(u'=', 1);
        const QString database = work.filePath(name + QStringLiteral(".sqlite"));
        const double peak = peakMb({ planner, QStringLiteral("import"), file,
            QStringLiteral("--database"), database });
        if (peak < 0) {
            std::fprintf(stderr, "bench_memory: importing %s failed\n", qPrintable(file));
            ++failures;
            continue;
        }
        const QByteArray key = "memory_" + name.toUtf8();
        bench::result(key.constData(), peak, "MB");
        const double budget = 4.0 * double(QFileInfo(file).size()) / (1024 * 1024) + 64;
        bench::result((key + "_budget").constData(), budget, "MB");
    }
    return failures == 0 ? 0 : 1;
}
