// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers

// Runs the Qt Quick Test cases in tests/qml (tst_*.qml) against the OomLens module.

#include <QApplication>
#include <QQmlEngine>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest/quicktest.h>

Q_IMPORT_QML_PLUGIN(OomLensPlugin)

class Setup : public QObject
{
    Q_OBJECT

public Q_SLOTS:
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        // Qt 6.4 lacks qrc:/qt/qml in the import path (6.5 has it).
        engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
    }
};

int main(int argc, char **argv)
{
    // QApplication: pages of other modules draw Qt Charts, which needs it.
    QApplication app(argc, argv);
    app.setOrganizationName(QStringLiteral("oomlens-tests"));
    Setup setup;
    return quick_test_main_with_setup(argc, argv, "tst_quick", QUICK_TEST_SOURCE_DIR, &setup);
}

#include "tst_quick.moc"
