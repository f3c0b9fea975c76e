// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
//
// oomlens-appbench LOG [CLI]: the app's window on a big log, as an admin drops it in:
// time to the first frame, to the first incident on screen and to the end of loading; the
// log view scrolled page by page (frame times); peak RSS; and, in the same run, the CLI's
// `analyze` on the same file for comparison: loading and the CLI each LOADS times (Reload,
// F5, in the window; default 5, OOMLENS_BENCH_LOADS), compared by their medians. Prints
// a Markdown table. Run it under Xvfb (tests/bench/app-bench.sh does).

#include "app/incidentlistmodel.h"
#include "app/logmodel.h"
#include "app/renderbackend.h"
#include "app/sessioncontroller.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTimer>
#include <QtQml/qqmlextensionplugin.h>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <vector>

Q_IMPORT_QML_PLUGIN(OomLensPlugin)

namespace {

qint64 guiThreadCpuNs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
}

qint64 statusKb(const char *key)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(qstrlen(key)).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

bool waitFor(const std::function<bool()> &condition, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    // Sleeps in an event loop between checks: a spinning GUI thread would take a core from
    // the loading thread it is timing (this machine may have two).
    while (!condition()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QEventLoop loop;
        QTimer::singleShot(2, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: oomlens-appbench LOG [OOMLENS-CLI]\n");
        return 64;
    }
    const QString log = args.at(1);
    // The renderer `oomlens` picks on this machine.
    const bool software = RenderBackend::chooseForThisMachine();
    QElapsedTimer clock;
    clock.start();

    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    engine.setInitialProperties(
        {{QStringLiteral("startPaths"), QStringList{log}}, {QStringLiteral("demo"), false}});
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/OomLens/Main.qml")));
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().value(0));
    if (!window)
        return 1;
    auto *session = window->property("session").value<SessionController *>();

    // Loading starts after the first frame (the window starts it); the loading figures are
    // counted from then, as from a drop onto an open window.
    qint64 firstFrame = -1, loadStart = -1, firstIncidentShown = -1, loaded = -1;
    qint64 lastSwap = 0, lastSwapCpu = 0;
    QObject::connect(window, &QQuickWindow::frameSwapped, [&] {
        lastSwap = clock.nsecsElapsed();
        lastSwapCpu = guiThreadCpuNs();
        if (firstFrame < 0)
            firstFrame = clock.elapsed();
        if (firstIncidentShown < 0 && session->incidents()->count() > 0)
            firstIncidentShown = clock.elapsed();
    });
    if (!waitFor(
            [&] {
                return session->isLoading();
            },
            10000))
        return 2;
    loadStart = clock.elapsed();
    waitFor(
        [&] {
            return !session->isLoading();
        },
        600000);
    loaded = clock.elapsed();
    waitFor(
        [&] {
            return firstIncidentShown >= 0;
        },
        5000);
    const qint64 rssAfterLoad = statusKb("VmRSS:");

    // The same file loaded again (F5), and the CLI as often, alternating: single runs on a
    // shared machine vary by a third.
    const int loads = std::max(1,
                               qEnvironmentVariableIntValue("OOMLENS_BENCH_LOADS") > 0
                                   ? qEnvironmentVariableIntValue("OOMLENS_BENCH_LOADS")
                                   : 5);
    std::vector<double> loadMs{double(loaded - loadStart)};
    std::vector<double> cliMs;
    const auto runCli = [&] {
        if (args.size() <= 2)
            return;
        QProcess cli;
        cli.setStandardOutputFile(QProcess::nullDevice());
        QElapsedTimer cliTimer;
        cliTimer.start();
        cli.start(
            args.at(2),
            {QStringLiteral("analyze"), QStringLiteral("--format"), QStringLiteral("json"), log});
        cli.waitForFinished(-1);
        cliMs.push_back(double(cliTimer.elapsed()));
    };
    runCli();
    for (int i = 1; i < loads; ++i) {
        QElapsedTimer reloadTimer;
        reloadTimer.start();
        session->reload();
        waitFor(
            [&] {
                return !session->isLoading();
            },
            600000);
        loadMs.push_back(double(reloadTimer.elapsed()));
        runCli();
    }
    const auto median = [](std::vector<double> values) {
        std::sort(values.begin(), values.end());
        return values.empty() ? -1.0 : values[values.size() / 2];
    };
    const auto list = [](const std::vector<double> &values) {
        QStringList text;
        for (double v : values)
            text.append(QString::number(v, 'f', 0));
        return text.join(QStringLiteral(", ")).toStdString();
    };

    // The log view, page by page: a stretch of consecutive pages at the start, then pages
    // spread evenly through the whole file. Each frame is timed from the scroll to its swap,
    // which includes the wait Qt puts before every frame on xcb without frame sync
    // (QT_QPA_UPDATE_IDLE_TIME, 5 ms), and by the GUI thread's CPU time over the same span:
    // the work of the frame (the software render loop renders on the GUI thread).
    QMetaObject::invokeMethod(window, "showLogLine", Q_ARG(QString, log), Q_ARG(int, 1));
    auto *logModel = window->findChild<LogModel *>(QStringLiteral("logModel"));
    auto *view = window->findChild<QQuickItem *>(QStringLiteral("logLines"));
    QElapsedTimer indexTimer;
    indexTimer.start();
    waitFor(
        [&] {
            return logModel->status() == LogModel::Status::Ready;
        },
        600000);
    const qint64 indexMs = indexTimer.elapsed();
    std::vector<double> frames, frameWork;
    const double page = view->height();
    const double contentHeight = view->property("contentHeight").toDouble();
    const int spread = 2000;
    for (int i = 0; i < 300 + spread; ++i) {
        const double y =
            i < 300 ? i * page : (contentHeight - page) * double(i - 300) / double(spread);
        const qint64 before = clock.nsecsElapsed();
        const qint64 cpuBefore = guiThreadCpuNs();
        view->setProperty("contentY", y);
        window->update();
        waitFor(
            [&] {
                return lastSwap > before;
            },
            2000);
        frames.push_back(double(lastSwap - before) / 1e6);
        frameWork.push_back(double(lastSwapCpu - cpuBefore) / 1e6);
    }
    std::sort(frames.begin(), frames.end());
    std::sort(frameWork.begin(), frameWork.end());
    const qint64 peakRss = statusKb("VmHWM:");

    std::printf("| measure (%s renderer) | value |\n|---|---|\n",
                software ? "Qt Quick software" : "default");
    std::printf("| first frame, from start | %lld ms |\n", firstFrame);
    std::printf("| first incident on screen, from the start of loading | %lld ms |\n",
                firstIncidentShown - loadStart);
    std::printf(
        "| all incidents (loading ended), from its start, median of %zu | %.0f ms (%d "
        "incidents; runs %s) |\n",
        loadMs.size(), median(loadMs), session->incidents()->count(), list(loadMs).c_str());
    if (!cliMs.empty())
        std::printf(
            "| oomlens-cli analyze, same file, median of %zu | %.0f ms (ratio %.2f; runs "
            "%s) |\n",
            cliMs.size(), median(cliMs), median(loadMs) / median(cliMs), list(cliMs).c_str());
    std::printf("| log view index (%lld lines) | %lld ms |\n", logModel->lineCount(), indexMs);
    std::printf("| log view frames (%zu pages) | median %.1f ms, p99 %.1f ms, max %.1f ms |\n",
                frames.size(), frames[frames.size() / 2], frames[frames.size() * 99 / 100],
                frames.back());
    std::printf(
        "| log view frames, GUI thread CPU time | median %.1f ms, p99 %.1f ms, max %.1f ms "
        "|\n",
        frameWork[frameWork.size() / 2], frameWork[frameWork.size() * 99 / 100], frameWork.back());
    std::printf("| RSS after loading | %lld MiB |\n", rssAfterLoad / 1024);
    std::printf("| peak RSS (VmHWM) | %lld MiB |\n", peakRss / 1024);
    return 0;
}
