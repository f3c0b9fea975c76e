// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "app/renderbackend.h"

#include <QDir>
#include <QQuickWindow>
#include <QSGRendererInterface>

namespace RenderBackend {

bool hasGpuRenderNode(const QString &driDir)
{
    return !QDir(driDir).entryList(
        {QStringLiteral("renderD*")}, QDir::Files | QDir::System).isEmpty();
}

bool chooseForThisMachine(const QString &driDir)
{
    if (qEnvironmentVariableIsSet("QT_QUICK_BACKEND")
        || qEnvironmentVariableIsSet("QSG_RHI_BACKEND"))
        return false;
    if (hasGpuRenderNode(driDir))
        return false;
    QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
    return true;
}

} // namespace RenderBackend
