package dev.prepstack.web;

import org.apache.catalina.Lifecycle;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.tomcat.util.buf.EncodedSolidusHandling;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Lets encoded slashes ("%2F") through to Spring Security's firewall, which rejects them through
 * the application's error handling (Problem Details for the API) instead of Tomcat's bare HTML page;
 * what Tomcat still refuses itself is answered by {@link ServerErrorReport}.
 */
@Configuration
class TomcatConfiguration {

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> encodedSlashesReachTheFirewall() {
        return factory -> factory.addConnectorCustomizers(
                connector -> connector.setEncodedSolidusHandling(EncodedSolidusHandling.PASS_THROUGH.getValue()));
    }

    /**
     * Tomcat's error report valve on the host, replaced by ours. Spring Boot adds its own instance
     * (without stack traces) from another customizer, and the host adds one at start unless a valve of
     * its configured class is there: so just before the host starts, when every customizer has run,
     * remove every other, add ours and name its class.
     */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> tomcatRefusalsAnsweredLikeTheApplication() {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.addLifecycleListener(event -> {
                    if (Lifecycle.BEFORE_START_EVENT.equals(event.getType())) {
                        useServerErrorReport(host);
                    }
                });
            }
        });
    }

    static void useServerErrorReport(StandardHost host) {
        for (Valve valve : host.getPipeline().getValves()) {
            if (valve instanceof ErrorReportValve) {
                host.getPipeline().removeValve(valve);
            }
        }
        host.getPipeline().addValve(new ServerErrorReport());
        host.setErrorReportValveClass(ServerErrorReport.class.getName());
    }
}
