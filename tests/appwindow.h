// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

// Loads the real Main.qml of the OomLens module for the GUI tests (smoke, screenshots) on
// the real session code, and drives it as a user would through its own functions.

#include "app/incidentlistmodel.h"
#include "app/sessioncontroller.h"

#include <QDir>
#include <QImage>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

#include <memory>

namespace apptest {

inline std::unique_ptr<QQmlApplicationEngine> loadMain(const QStringList &startPaths)
{
    auto engine = std::make_unique<QQmlApplicationEngine>();
    engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
    engine->setInitialProperties(
        {{QStringLiteral("startPaths"), startPaths}, {QStringLiteral("demo"), false}});
    engine->load(QUrl(QStringLiteral("qrc:/qt/qml/OomLens/Main.qml")));
    return engine;
}

inline QQuickWindow *window(QQmlApplicationEngine &engine)
{
    return engine.rootObjects().isEmpty()
        ? nullptr
        : qobject_cast<QQuickWindow *>(engine.rootObjects().first());
}

inline SessionController *session(QQuickWindow *window)
{
    return window ? window->property("session").value<SessionController *>() : nullptr;
}

// Waits until loading started and ended (the window starts it after its first frame).
inline bool waitLoaded(SessionController *session, int timeoutMs = 60000)
{
    return QTest::qWaitFor(
        [&] {
            return session && !session->isLoading() && session->session();
        },
        timeoutMs);
}

// An image is blank when almost every pixel has the colour of its top-left one.
inline bool isBlank(const QImage &image)
{
    if (image.isNull() || image.width() < 10 || image.height() < 10)
        return true;
    const QRgb background = image.pixel(0, 0);
    qint64 different = 0;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2)
            different += image.pixel(x, y) != background;
    }
    return different < qint64(image.width()) * image.height() / 4 / 200; // under 0.5 %
}

inline QStringList demoInputs()
{
    const QDir demo(QStringLiteral(OOMLENS_DEMO_DIR));
    QStringList paths;
    const QStringList entries = demo.entryList(QDir::Files, QDir::Name);
    for (const QString &entry : entries) {
        if (!entry.endsWith(QStringLiteral(".md")) && !entry.endsWith(QStringLiteral(".sh")))
            paths.append(demo.filePath(entry));
    }
    return paths;
}

} // namespace apptest
