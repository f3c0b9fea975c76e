// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
//
// oomlens: wires the application object, the translations and the QML window; everything
// else lives in oomapp (src/app) and the OomLens QML module (qml/).
#include "app/renderbackend.h"
#include "app/sessioncontroller.h"
#include "app/startoptions.h"
#include "i18n/translationinstaller.h"
#include "oomlensversion.h"

#include <QApplication>
#include <QIcon>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QtQml/qqmlextensionplugin.h>

#include <cstdio>

Q_IMPORT_QML_PLUGIN(OomLensPlugin)

int main(int argc, char *argv[])
{
    // QApplication, not QGuiApplication: Qt Charts (the memory pages) needs it.
    QApplication app(argc, argv);
    QGuiApplication::setOrganizationName(QStringLiteral("oomlens"));
    QGuiApplication::setOrganizationDomain(QStringLiteral("oomlens.github.io"));
    QGuiApplication::setApplicationName(QStringLiteral("oomlens"));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("OOM Lens"));
    QGuiApplication::setApplicationVersion(QStringLiteral(OOMLENS_VERSION_STRING));
    QGuiApplication::setDesktopFileName(QStringLiteral(OOMLENS_APP_ID));
    QGuiApplication::setWindowIcon(QIcon(QStringLiteral(":/oomlens/oomlens.svg")));

    const StartOptions options = StartOptions::parse(QCoreApplication::arguments());
    oom::i18n::installTranslations(
        app, options.language.isEmpty() ? QLocale() : QLocale(options.language));
    // The platform's style where one is configured (Breeze on Plasma); Fusion otherwise,
    // which follows the system palette.
    if (QQuickStyle::name().isEmpty())
        QQuickStyle::setStyle(QStringLiteral("Fusion"));
    RenderBackend::chooseForThisMachine();

    QStringList paths = options.paths;
    if (options.demo) {
        paths = StartOptions::demoPaths(QStringLiteral(OOMLENS_DEMO_DIR));
        if (paths.isEmpty()) {
            std::fprintf(stderr, "%s\n",
                         qPrintable(QCoreApplication::translate(
                             "main", "oomlens: the demo bundle is not installed")));
            return 2;
        }
    }

    QQmlApplicationEngine engine;
    // Qt 6.4 lacks qrc:/qt/qml in the import path (6.5 has it).
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    QObject::connect(
        &engine, &QQmlApplicationEngine::objectCreationFailed, &app,
        [] {
            QCoreApplication::exit(1);
        },
        Qt::QueuedConnection);
    engine.setInitialProperties(
        {{QStringLiteral("startPaths"), paths}, {QStringLiteral("demo"), options.demo}});
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/OomLens/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return 1;
    return QGuiApplication::exec();
}
