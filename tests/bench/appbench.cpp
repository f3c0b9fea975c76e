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
#include <QThread>
#include <QTimer>
#include <QtQml/qqmlextensionplugin.h>

#include <algorithm>
#include <atomic>
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

struct FrameTimes {
    std::vector<double> wall; // ms, from the scroll to the frame's swap
    std::vector<double> cpu; // ms, the GUI thread's CPU time over the same span
    // Frames swapped while rows in view still waited for their text (the log view's
    // `reading`): such a frame is fast because it lacks text, so it is counted apart.
    int withoutText = 0;

    void print(const char *what) const
    {
        const auto figures = [](const std::vector<double> &sorted) {
            return QStringLiteral("median %1 ms, p99 %2 ms, max %3 ms")
                                      .arg(sorted[sorted.size() / 2], 0, 'f', 1)
                                      .arg(sorted[sorted.size() * 99 / 100], 0, 'f', 1)
                                      .arg(sorted.back(), 0, 'f', 1)
                                      .toStdString();
        };
        const auto over16 = std::count_if(wall.cbegin(), wall.cend(), [](double ms) {
            return ms > 16.0;
        });
        std::printf(
            "| %s, frames (%zu pages), scroll to swap | %s; %td over 16 ms; %d without "
            "the text of every row |\n",
            what, wall.size(), figures(wall).c_str(), over16, withoutText);
        if (cpu.empty())
            std::printf(
                "| %s, frames, GUI thread CPU time | not measured: a render thread "
                "draws the frames |\n",
                what);
        else
            std::printf("| %s, frames, GUI thread CPU time | %s |\n", what, figures(cpu).c_str());
    }
};

// Scrolls `flickable` page by page: 300 pages in a row from the top, then 2,000 pages spread
// evenly down to the end. Each frame is timed from the scroll to its swap, which includes
// the wait Qt puts before every frame on xcb without frame sync (QT_QPA_UPDATE_IDLE_TIME,
// 5 ms), and by the GUI thread's CPU time over the same span: the work of the frame (the
// software render loop renders on the GUI thread).
FrameTimes scrollPages(QQuickWindow *window, QQuickItem *flickable, double contentHeight)
{
    QElapsedTimer clock;
    clock.start();
    // A threaded render loop (a GPU, or OpenGL on Mesa) swaps on its render thread; the GUI
    // thread's CPU time then says nothing about the frame and is not kept.
    std::atomic<qint64> swapNs{0};
    std::atomic<bool> renderThread{false};
    qint64 swapCpuNs = 0;
    const QMetaObject::Connection swapped =
        QObject::connect(window, &QQuickWindow::frameSwapped, [&] {
            swapNs = clock.nsecsElapsed();
            if (QThread::currentThread() == qApp->thread())
                swapCpuNs = guiThreadCpuNs();
            else
                renderThread = true;
        });
    FrameTimes times;
    const double page = flickable->height();
    const int inARow = 300, spread = 2000;
    for (int i = 0; i < inARow + spread; ++i) {
        const double y =
            i < inARow ? i * page : (contentHeight - page) * double(i - inARow) / double(spread);
        const qint64 before = clock.nsecsElapsed();
        const qint64 cpuBefore = guiThreadCpuNs();
        flickable->setProperty("contentY", y);
        window->update();
        waitFor(
            [&] {
                return swapNs > before;
            },
            2000);
        times.wall.push_back(double(swapNs - before) / 1e6);
        if (flickable->property("reading").toBool())
            ++times.withoutText;
        if (!renderThread)
            times.cpu.push_back(double(swapCpuNs - cpuBefore) / 1e6);
    }
    QObject::disconnect(swapped);
    std::sort(times.wall.begin(), times.wall.end());
    std::sort(times.cpu.begin(), times.cpu.end());
    return times;
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
    QObject::connect(window, &QQuickWindow::frameSwapped, [&] {
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

    // The log view, page by page (scrollPages()).
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
    const double contentHeight = view->property("contentHeight").toDouble();
    const FrameTimes frames = scrollPages(window, view, contentHeight);

    // The reference in the same run: a bare Qt Quick window of the log view's size, one
    // rectangle that takes a new colour at every scroll, scrolled the same way. It paints as
    // many pixels per frame and no text: what a frame costs here (Qt, Xvfb, this machine's
    // scheduling) before any work of the log view's own.
    QQmlApplicationEngine referenceEngine;
    referenceEngine.loadData(R"(
        import QtQuick
        Window {
            visible: true
            Flickable {
                id: flick
                objectName: "reference"
                anchors.fill: parent
                Rectangle {
                    y: flick.contentY
                    width: flick.width
                    height: flick.height
                    color: Qt.hsla((flick.contentY / 997) % 1, 0.4, 0.6, 1)
                }
            }
        })");
    auto *referenceWindow = qobject_cast<QQuickWindow *>(referenceEngine.rootObjects().value(0));
    if (!referenceWindow)
        return 1;
    referenceWindow->resize(view->size().toSize());
    auto *reference = referenceWindow->findChild<QQuickItem *>(QStringLiteral("reference"));
    reference->setProperty("contentHeight", contentHeight);
    waitFor(
        [&] {
            return referenceWindow->isExposed();
        },
        10000);
    const FrameTimes referenceFrames = scrollPages(referenceWindow, reference, contentHeight);

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
    frames.print("log view");
    referenceFrames.print("reference: a bare window of the same size, one rectangle");
    std::printf("| RSS after loading | %lld MiB |\n", rssAfterLoad / 1024);
    std::printf("| peak RSS (VmHWM) | %lld MiB |\n", peakRss / 1024);
    return 0;
}
