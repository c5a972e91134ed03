package vn.saola.platform;

import jakarta.inject.Inject;
import jakarta.servlet.ServletRequestEvent;
import jakarta.servlet.ServletRequestListener;
import jakarta.servlet.annotation.WebListener;

/**
 * The first request the application is given proves its deployment is over (see
 * {@link BackgroundWork}); later requests cost one read of a field.
 */
@WebListener
public class DeploymentDone implements ServletRequestListener {

    @Inject
    BackgroundWork background;

    private volatile boolean told;

    @Override
    public void requestInitialized(ServletRequestEvent event) {
        if (!told) {
            told = true;
            background.deploymentDone();
        }
    }
}
