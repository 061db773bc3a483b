/* The API documentation page: Swagger UI over the server's OpenAPI description. */
"use strict";
(function () {
  const root = document.getElementById("swagger-ui");
  window.SwaggerUIBundle({
    url: root.dataset.url,
    dom_id: "#swagger-ui",
    validatorUrl: null,
    deepLinking: true,
  });
})();
